import path from "node:path";
import { loadSeedData, SeedValidationError } from "@/lib/seed";

// `npm run seeds:check`: validates seeds/ without touching any database.
try {
  const data = loadSeedData(path.resolve(process.argv[2] ?? "seeds"));
  console.log(
    `seeds OK: ${data.notifications.length} notifications, ${data.reports.length} reports, ${data.resolutions.length} resolutions, ${data.recipients.length} recipients, ${data.systems.length} systems, ${data.contractors.length} contractors`,
  );
} catch (error) {
  if (error instanceof SeedValidationError) {
    console.error(`Seed data is invalid (${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}):\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
