const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 99 → 九十九: the numerals of Chinese document headings. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99)
    throw new RangeError(`chineseNumeral supports 0..99, got ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** Format a number the way reports print it: integers plain, decimals trimmed to at most `digits`. */
export function formatNumber(n: number, digits = 2): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(digits)));
}
