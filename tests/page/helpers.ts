/**
 * Shared pieces of the DOM tests: a small stand-in detector (so these tests check the DOM side,
 * not the phrase rules) and an in-memory highlight registry (happy-dom has no CSS.highlights).
 */
import type { Detector } from '../../lib/page/detector';
import type { HighlightEnv, HighlightLike, RegistryLike } from '../../lib/page/highlights';
import type { AnalyzeOptions, ReportId, ReportRequest } from '../../lib/rules';

/** Finds "SOC 1/2/3", "SOC report", "ISO 27001" and "bridge letter", with the context in the reasons. */
export const stubDetector: Detector = {
  hintSource: String.raw`soc|27001|bridge`,
  mightRequest: (text) => /soc|27001|bridge/i.test(text),
  analyze(text, options) {
    const out: ReportRequest[] = [];
    const re =
      /\bSOC\s*([123])(\s*Type\s*(II|2|I|1))?|\bSOC report\b|\bISO\s*27001\b|\bbridge letter\b/gi;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = m[0].toLowerCase();
      let report: ReportId = 'soc2';
      if (m[1]) report = `soc${m[1]}` as ReportId;
      else if (phrase.includes('27001')) report = 'iso27001';
      else if (phrase.includes('bridge')) report = 'bridge-letter';
      else if (/financial/i.test(options?.context ?? '')) report = 'soc1';
      const type = m[3] ? (/^(II|2)$/i.test(m[3]) ? 'type2' : 'type1') : null;
      out.push({
        report,
        type,
        start: m.index,
        end: m.index + m[0].length,
        reasons: [{ key: 'rulesWhySectionCue', subs: [options?.context ?? ''] }],
      });
    }
    return out;
  },
  /** `analyze` (the detector's own, also when a test replaces it), noting whether it read the context. */
  analyzeWithContextUse(text, options) {
    let contextUsed = false;
    const watched: AnalyzeOptions = {
      get context() {
        contextUsed = true;
        return options?.context;
      },
    };
    return { requests: this.analyze(text, watched), contextUsed };
  },
  warmUpFor: () => [],
};

export class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  add(range: AbstractRange) {
    this.ranges.add(range);
    return this;
  }
  delete(range: AbstractRange) {
    return this.ranges.delete(range);
  }
  clear() {
    this.ranges.clear();
  }
  get size() {
    return this.ranges.size;
  }
}

/** An in-memory registry plus a manual frame queue. */
export function fakeHighlightEnv(): HighlightEnv & {
  registry: RegistryLike & { map: Map<string, FakeHighlight> };
  runFrames: () => number;
} {
  const map = new Map<string, FakeHighlight>();
  const frames: (() => void)[] = [];
  return {
    registry: {
      map,
      get: (name) => map.get(name),
      set: (name, highlight) => map.set(name, highlight as FakeHighlight),
    },
    createHighlight: () => new FakeHighlight(),
    frame: (callback) => frames.push(callback),
    createSheet: () => null,
    runFrames() {
      const list = frames.splice(0);
      for (const callback of list) callback();
      return list.length;
    },
  };
}

/** The text of each range in a highlight, in insertion order. */
export function rangeTexts(highlight: FakeHighlight | undefined): string[] {
  if (!highlight) return [];
  return [...highlight.ranges].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}
