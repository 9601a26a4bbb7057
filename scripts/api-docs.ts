/**
 * `npm run docs:api`: writes docs/api.md from the OpenAPI description (lib/exports/openapi.ts,
 * served at /api/openapi.json). tests/project/openapi.test.ts fails until it is run after the
 * description changes.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument, openApiMarkdown } from "@/lib/exports";

const file = path.resolve(__dirname, "../docs/api.md");
writeFileSync(file, openApiMarkdown(openApiDocument()));
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
