import path from "node:path";
import { logChanges } from "@/lib/seed";

// `npm run changes [-- <seeds dir>]`: appends to seeds/changes.json a release dated today (in
// Washington) of what changed in seeds/notifications since the log's last release (against
// seeds/changes-snapshot.json); writes nothing when nothing changed. Run it after editing a
// notification by hand; the importer and sync run it themselves after they write.
try {
  console.log(logChanges(path.resolve(process.argv[2] ?? "seeds")));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
