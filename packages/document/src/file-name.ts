/**
 * The file name people give a report: "荆竹铺镇2023年法治政府建设年度报告.docx" — township, year, the
 * report's name. Characters that file systems refuse are replaced.
 */
export function reportFileName(orgName: string, year: number, extension: string): string {
  const base = [...`${orgName}${year}年法治政府建设年度报告`]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? "_" : c))
    .join("")
    .trim();
  return `${base}.${extension.replace(/^\./, "")}`;
}
