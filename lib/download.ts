/**
 * Offering bytes the extension made (an exported profile, an answered questionnaire) as a file
 * download, from an extension page: a blob URL and an `<a download>`, so no `downloads`
 * permission and no network are involved.
 */

/** Starts the download of `blob` as `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
