import { NotFoundBody } from "@/components/layout/not-found-body";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return <NotFoundBody />;
}
