/** The recipients map: shapes, colours and what each recipient is drawn as. */
export * from "./codes";
export * from "./geometry";
export * from "./recipient-map";
export * from "./scale";
