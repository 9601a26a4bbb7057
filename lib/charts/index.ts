/** Chart geometry, computed on the server: the SVGs need no script in the browser. */
export * from "./axis";
export * from "./bars";
export * from "./columns";
export * from "./round";
export * from "./strip";
export * from "./totals";
export * from "./types";
export * from "./periods";
