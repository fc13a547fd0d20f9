/**
 * How the labelled corpus describes a whole item, computed from `analyze`'s requests, so the
 * eval and the corpus tests compare like with like. Not part of the extension: only
 * `npm run eval` and the corpus tests use it.
 */
import type { ReportId, ReportRequest, ReportType } from '../lib/rules';

/**
 * The type of a whole item, as the corpus labels it: the single non-null type among its requests,
 * `null` when there is none or when they disagree.
 */
export function itemType(requests: readonly ReportRequest[]): ReportType | null {
  const types = new Set<ReportType>();
  for (const request of requests) if (request.type) types.add(request.type);
  if (types.size !== 1) return null;
  const [only] = types;
  return only ?? null;
}

/** The set of reports in `requests`, sorted: the corpus's `labels.reports`. */
export function reportSet(requests: readonly ReportRequest[]): ReportId[] {
  return [...new Set(requests.map((request) => request.report))].sort();
}
