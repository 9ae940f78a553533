import { coreReviewApi, type ScalingPackage } from '../../api/core-review';

/** Saves the package's Markdown export as a file. */
export async function downloadPackageMarkdown(pkg: ScalingPackage): Promise<void> {
  const text = await coreReviewApi.packageMarkdown(pkg.id);
  const slug = pkg.content.application.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `scaling-package-${slug || 'application'}-v${pkg.version}.md`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
