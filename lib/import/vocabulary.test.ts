import { describe, expect, it } from "vitest";
import { findSystems, type SystemEntry } from "./vocabulary";

const system = (slug: string, name: string, aliases: string[]): SystemEntry => ({ slug, name, category: "test", aliases });

/** A vocabulary where a long name holds a shorter one: the traps longest-match settles. */
const VOCABULARY: SystemEntry[] = [
  system("uh-60", "UH-60 Black Hawk", ["UH-60M", "Black Hawk"]),
  system("hawk", "HAWK", ["MIM-23"]),
  system("amraam", "AMRAAM", ["AIM-120", "Advanced Medium-Range Air-to-Air Missiles"]),
  system("air-to-air-missiles", "Air-to-air missiles (type not specified)", []),
  system("jltv", "Joint Light Tactical Vehicle", ["JLTV", "Joint Light Tactical Vehicles"]),
  system("light-tactical-vehicles", "Light tactical vehicles", ["Light Tactical Vehicle", "Light Tactical Vehicles"]),
  system("m142-himars", "M142 HIMARS", ["HIMARS", "M142"]),
  system("gmlrs", "GMLRS", ["M31A2"]),
];

describe("findSystems: the longest name wins", () => {
  it("reads \"Black Hawk\" as the helicopter, not also the HAWK missile", () => {
    expect(findSystems(VOCABULARY, ["UH-60M Black Hawk Helicopters"])).toEqual(["uh-60"]);
    expect(findSystems(VOCABULARY, ["Black Hawk helicopters and HAWK missile spares"])).toEqual(["uh-60", "hawk"]);
  });

  it("reads the AMRAAM's long name as AMRAAM, not also air-to-air missiles in general", () => {
    expect(findSystems(VOCABULARY, ["AIM-120 Advanced Medium-Range Air-to-Air Missiles"])).toEqual(["amraam"]);
    // Where the generic words stand alone they still name the generic system.
    expect(findSystems(VOCABULARY, ["Air-to-Air Missiles"])).toEqual(["air-to-air-missiles"]);
  });

  it("skips the words a match covers, so a name inside a longer one is not found again", () => {
    expect(findSystems(VOCABULARY, ["Joint Light Tactical Vehicles (JLTV)"])).toEqual(["jltv"]);
    expect(findSystems(VOCABULARY, ["Light Tactical Vehicles"])).toEqual(["light-tactical-vehicles"]);
  });

  it("keeps every system named, in order of first mention, across the texts, each once", () => {
    expect(findSystems(VOCABULARY, ["M142 High Mobility Artillery Rocket Systems (HIMARS)", "M31A2 GMLRS pods; HIMARS spares"])).toEqual(["m142-himars", "gmlrs"]);
    expect(findSystems(VOCABULARY, ["Spare parts and training"])).toEqual([]);
  });
});
