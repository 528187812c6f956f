import { useTranslation } from "react-i18next";

/**
 * "跳到主要内容": the first thing a keyboard reaches on every page, hidden until focused. It moves focus to the
 * page's main landmark (`#main-content`; on a report, the section form's first field when there is one).
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main-content"
      className="nb-skip-link"
      onClick={(e) => {
        const main = document.getElementById("main-content");
        if (!main) return;
        e.preventDefault();
        const first = main.querySelector<HTMLElement>(
          '[data-testid="section-form"] input:not([disabled]), [data-testid="section-form"] textarea:not([disabled])',
        );
        const target = first ?? main;
        if (target === main && !main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1");
        target.focus();
      }}
    >
      {t("a11y.skipToMain")}
    </a>
  );
}
