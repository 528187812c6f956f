import { DOCUMENT_CSS } from "@nianbao/document";
import { useElementSize } from "@mantine/hooks";

/** A4 width at 96 dpi: the page is laid out at print size and scaled down to the column. */
export const PAGE_WIDTH_PX = (210 / 25.4) * 96;

/** The report HTML on a white A4 sheet with the document's own styles, scaled to fit its column. */
export function DocumentPreview({ html, label }: { html: string; label: string }) {
  const stage = useElementSize();
  const page = useElementSize();
  const scale = stage.width > 0 ? Math.min(1, stage.width / PAGE_WIDTH_PX) : 0.5;
  return (
    <div className="nb-paper-stage">
      <style>{DOCUMENT_CSS}</style>
      {/* Measured without the stage's padding: the width the sheet may take. */}
      <div ref={stage.ref}>
        <div
          className="nb-paper"
          role="document"
          aria-label={label}
          style={{
            width: Math.floor(PAGE_WIDTH_PX * scale),
            height: page.height > 0 ? Math.ceil(page.height * scale) : undefined,
          }}
        >
          <div
            className="nb-paper-inner"
            ref={page.ref}
            style={{ transform: `scale(${scale})`, minHeight: "297mm" }}
            data-testid="document-preview"
            lang="zh-CN"
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </div>
      </div>
    </div>
  );
}
