import { ZxcvbnFactory, type Match, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as english, translations } from "@zxcvbn-ts/language-en";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from "./limits.ts";

/** Who the password belongs to: a password built from these is refused. */
export interface PasswordOwner {
  username?: string | null;
  displayName?: string | null;
}

export type PasswordProblem = "empty" | "short" | "long" | "username" | "name" | "common" | "weak";

export interface PasswordVerdict {
  ok: boolean;
  /** zxcvbn's estimate, 0 (guessed at once) … 4 (very hard); 0 when refused before estimating. */
  score: 0 | 1 | 2 | 3 | 4;
  problem: PasswordProblem | null;
  /** Why it is refused, in Chinese (the API's message) and English (the web app's other locale); null when accepted. */
  reason: { zh: string; en: string } | null;
}

let factory: ZxcvbnFactory | null = null;
/** Built on first use: loading the dictionaries takes a moment, and most processes never check a password. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common, ...english },
    graphs: adjacencyGraphs,
    // Levenshtein matching against every dictionary word made each check take 0.2–0.6 s; the dictionaries,
    // l33t and pattern matchers already catch the common passwords.
    useLevenshteinDistance: false,
    // Fewer l33t variants than the default 100: a symbol-rich password otherwise takes ~0.6 s to estimate.
    l33tMaxSubstitutions: 12,
  });
  return factory;
}

const HINT: Record<string, { zh: string; en: string }> = {
  dictionary: { zh: "它由常见单词或名字组成", en: "it is made of common words or names" },
  spatial: { zh: "它是键盘上相邻的键", en: "it is a row of neighbouring keys" },
  repeat: { zh: "它有重复的字符", en: "it repeats characters" },
  sequence: { zh: "它是连续的字符（如 abc、123）", en: "it is a sequence such as abc or 123" },
  date: { zh: "它含有日期或年份", en: "it contains a date or a year" },
  regex: { zh: "它含有日期或年份", en: "it contains a date or a year" },
};

function refuse(
  problem: PasswordProblem,
  zh: string,
  en: string,
  score: PasswordVerdict["score"] = 0,
): PasswordVerdict {
  return { ok: false, score, problem, reason: { zh, en } };
}

/** The weakest part of the password, by what zxcvbn matched over the most characters. */
function mainPattern(result: ZxcvbnResult): Match | null {
  let best: Match | null = null;
  for (const m of result.sequence)
    if (m.pattern !== "bruteforce" && (!best || m.token.length > best.token.length)) best = m;
  return best;
}

function normalized(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/**
 * The policy, the same in the API, the web app and the CLI: at least 10 characters (not all spaces), at most
 * 128; not equal to nor containing the username or the person's name; and not weak or common by zxcvbn's
 * estimate (its common-password, word and name dictionaries, keyboard patterns, repeats, sequences, dates).
 */
export function checkPassword(password: string, owner: PasswordOwner = {}): PasswordVerdict {
  if (password.trim() === "")
    return refuse("empty", "密码不能为空或全是空格", "The password cannot be empty or only spaces");
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return refuse(
      "short",
      `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  if (password.length > MAX_PASSWORD_LENGTH)
    return refuse(
      "long",
      `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`,
      `The password can have at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  const p = normalized(password);
  const user = normalized(owner.username);
  if (user.length >= 3 && p.includes(user))
    return refuse("username", "密码不能包含用户名", "The password cannot contain the username");
  const name = normalized(owner.displayName);
  if (name.length >= 2 && p.includes(name))
    return refuse("name", "密码不能包含姓名", "The password cannot contain the person's name");
  const inputs = [owner.username, owner.displayName].filter((s): s is string => !!s && s.trim().length > 0);
  const result = estimator().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE)
    return { ok: true, score: result.score, problem: null, reason: null };
  const main = mainPattern(result);
  const warning = result.feedback.warning ?? "";
  const commonPassword =
    ["topTen", "topHundred", "common", "similarToCommon"].includes(warning) ||
    (main?.pattern === "dictionary" &&
      String(main.dictionaryName).startsWith("passwords") &&
      main.token.length * 2 >= password.length);
  if (commonPassword)
    return refuse(
      "common",
      "这是常见密码，很容易被猜到，请换一个",
      "This is a common password, easy to guess: choose another",
      result.score,
    );
  const key = warning as keyof typeof translations.warnings | null;
  const hint = main ? HINT[main.pattern] : undefined;
  const en = key && translations.warnings[key] ? translations.warnings[key] : hint?.en;
  return refuse(
    "weak",
    `密码太容易被猜到${hint ? `：${hint.zh}` : ""}。请加长，或混用几个不相关的词、数字和符号`,
    `The password is too easy to guess${en ? `: ${en.replace(/\.$/, "")}` : ""}. Make it longer, or mix unrelated words, digits and symbols`,
    result.score,
  );
}
