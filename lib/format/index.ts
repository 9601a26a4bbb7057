/** What a reader sees: dates, money, words and the site's addresses. Pure; imports nothing from lib/. */
export * from "./dates";
export * from "./money";
export * from "./text";
export * from "./urls";
