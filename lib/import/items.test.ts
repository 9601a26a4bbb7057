import { describe, expect, it } from "vitest";
import { earlierCaseOf, mdeValueOf, readReleaseItems, totalOf, wordsToNumber } from "./items";

/**
 * Each text below is written for this test in the layout the releases used at the time, with the
 * real facts of the sale it names (quantities, designations, values); none is copied from a
 * release or a compilation.
 */

describe("the one-sentence lists of 2008–2014", () => {
  // Canada, CH-47D Chinook, transmittal 08-49 (April 2008, $375 million).
  const CANADA_CHINOOK =
    "a possible sale of six CH-47D CHINOOK Helicopters with 12 (2 per helicopter) T55-GA-714A Turbine engines, 4 M240H Machine Guns, 30 AN/AVS-6/7(V)1 Aviation Night Vision Imaging Systems, and 2 spare T-55-GA-714A Turbine engines, mission equipment, ground support equipment, spare and repair parts, and other related elements of logistics support. The estimated cost is $375 million.";

  it("reads each line with its quantity, in figures or in words, and the rest as other items", () => {
    const items = readReleaseItems(CANADA_CHINOOK);
    expect(items.layout).toBe("unlabelled");
    expect(items.majorDefenseEquipment).toEqual([
      { description: "CH-47D CHINOOK Helicopters", quantity: 6, upTo: false },
      { description: "T55-GA-714A Turbine engines (2 per helicopter)", quantity: 12, upTo: false },
      { description: "M240H Machine Guns", quantity: 4, upTo: false },
      { description: "AN/AVS-6/7(V)1 Aviation Night Vision Imaging Systems", quantity: 30, upTo: false },
      { description: "spare T-55-GA-714A Turbine engines", quantity: 2, upTo: false },
    ]);
    expect(items.otherItems).toEqual(["mission equipment", "ground support equipment", "spare and repair parts", "other related elements of logistics support"]);
    expect(items.totalUsd).toBe(375_000_000);
    expect(items.valueMdeUsd).toBeNull();
  });

  it("keeps a name whose words are separated by commas whole, and a line's own 'to include' list with it", () => {
    // Lebanon, TOW 2A, 15-40 (July 2015, $245 million).
    const tow = readReleaseItems(
      "a possible sale of one thousand (1000) BGM-71E-4B-RF Tube-launched, Optically-tracked, Wireless-guided (TOW) 2A Radio-Frequency missiles, fifty (50) M220A2 TOW launchers, spare and repair parts, and other related elements of program support. The estimated cost is $245 million.",
    );
    expect(tow.majorDefenseEquipment?.map((l) => [l.quantity, l.description])).toEqual([
      [1000, "BGM-71E-4B-RF Tube-launched, Optically-tracked, Wireless-guided (TOW) 2A Radio-Frequency missiles"],
      [50, "M220A2 TOW launchers"],
    ]);
    // North Macedonia, Stryker, 21-22 (March 2021, $210 million).
    const stryker = readReleaseItems(
      "the possible sale of fifty-four (54) Stryker Vehicles, to include M1126 Infantry Carrier Vehicles (ICV), M1130 Command Vehicles (CV), and M1129 Mortar Carrier Vehicles (MCV). Also included are Harris radios; spare parts; and training. The estimated cost is $210 million.",
    );
    expect(stryker.majorDefenseEquipment).toEqual([
      { description: "Stryker Vehicles, to include M1126 Infantry Carrier Vehicles (ICV), M1130 Command Vehicles (CV), and M1129 Mortar Carrier Vehicles (MCV)", quantity: 54, upTo: false },
    ]);
    expect(stryker.otherItems).toEqual(["Harris radios", "spare parts", "training"]);
  });
});

describe("the labelled blocks of 2015–2018, whose lines a copy runs together", () => {
  // Taiwan, Stinger, 16-06 (December 2015, $217 million): the MDE block lost its line breaks.
  const TAIWAN_STINGER =
    "a possible sale of: Major Defense Equipment (MDE) includes: Two-hundred and fifty (250) Block I-92F MANPAD Stinger Missiles Four (4) Block I-92F MANPAD Stinger Fly-to-Buy Missiles Seventy (70) Gripstock Control Groups Sixty-two (62) Identification Friend or Foe (IFF) Non-MDE items included are spare and repair parts, Telemeters, and contractor technical support. The estimated value is $217 million.";

  it("cuts the run-together lines where each capitalised quantity starts, and reads the Non-MDE list", () => {
    const items = readReleaseItems(TAIWAN_STINGER);
    expect(items.layout).toBe("labelled");
    expect(items.majorDefenseEquipment).toEqual([
      { description: "Block I-92F MANPAD Stinger Missiles", quantity: 250, upTo: false },
      { description: "Block I-92F MANPAD Stinger Fly-to-Buy Missiles", quantity: 4, upTo: false },
      { description: "Gripstock Control Groups", quantity: 70, upTo: false },
      { description: "Identification Friend or Foe (IFF)", quantity: 62, upTo: false },
    ]);
    expect(items.otherItems).toEqual(["spare and repair parts", "Telemeters", "contractor technical support"]);
  });

  it("reads the MDE value and the total where the text gives them", () => {
    // Morocco, TOW 2A, 15-71 (November 2015): MDE $96 million of $157 million.
    const text =
      "a possible sale of: Major Defense Equipment (MDE): Six hundred (600) TOW 2A Radio Frequency Missiles (BGM-71E-4B-RF) Three hundred (300) M220A2 TOW Launchers Also included with this request are spare parts; training; and other associated services. The estimated value of MDE is $96 million. The total estimated value is $157 million.";
    const items = readReleaseItems(text);
    expect(items.valueMdeUsd).toBe(96_000_000);
    expect(items.totalUsd).toBe(157_000_000);
    expect(items.majorDefenseEquipment?.map((l) => l.quantity)).toEqual([600, 300]);
    expect(items.otherItems).toEqual(["spare parts", "training", "other associated services"]);
    // The United Arab Emirates' Hellfire, 16-08: "$468 million" of MDE, written another way.
    expect(mdeValueOf("The total estimated value of MDE is $468 million. The overall total estimated value is $476 million.")).toBe(468_000_000);
    expect(mdeValueOf("The estimated MDE value is $355 million.")).toBe(355_000_000);
    // An amendment's MDE and the whole case's: two figures, so neither is taken.
    expect(mdeValueOf("The estimated MDE cost in this amendment is $25 million. The estimated cost of MDE is $45 million.")).toBeNull();
  });
});

describe("the MDE list and non-MDE items of 2019 on", () => {
  // Republic of Korea, AIM-9X, 26-78 (August 2026, $125 million).
  const KOREA_AIM9X =
    "one hundred and three (103) AIM-9X Sidewinder Block II tactical missiles; and ten (10) AIM-9X Sidewinder Block II Tactical Guidance Units. The following non-major defense equipment items will also be included: active optical target detectors; training; spare parts; and other related elements of logistics and program support. The estimated total cost is $125 million.";

  it("reads the MDE lines and the non-MDE list", () => {
    const items = readReleaseItems(KOREA_AIM9X);
    expect(items.layout).toBe("labelled");
    expect(items.majorDefenseEquipment).toEqual([
      { description: "AIM-9X Sidewinder Block II tactical missiles", quantity: 103, upTo: false },
      { description: "AIM-9X Sidewinder Block II Tactical Guidance Units", quantity: 10, upTo: false },
    ]);
    expect(items.otherItems).toEqual(["active optical target detectors", "training", "spare parts", "other related elements of logistics and program support"]);
    expect(items.totalUsd).toBe(125_000_000);
  });

  it("keeps 'up to', large spelled-out quantities, quantities in words alone, and a split by country in brackets", () => {
    // NATO (NSPA) AIM-9X, August 2025: up to 96, with the split by country in brackets.
    const nato = readReleaseItems(
      "up to ninety-six (96) AIM-9X Sidewinder Block II or Block II+ tactical missiles (Belgium: 8; Italy: 24; Romania: 64) and twelve (12) AIM-9X Block II or Block II+ tactical guidance units. The following non-MDE items will also be included: containers; and spare parts.",
    );
    expect(nato.majorDefenseEquipment).toEqual([
      { description: "AIM-9X Sidewinder Block II or Block II+ tactical missiles (Belgium: 8; Italy: 24; Romania: 64)", quantity: 96, upTo: true },
      { description: "AIM-9X Block II or Block II+ tactical guidance units", quantity: 12, upTo: false },
    ]);
    // Nigeria, 21-47 (August 2025): "one thousand two (1,002)".
    const nigeria = readReleaseItems("one thousand two (1,002) MK-82 general purpose 500 lb bombs; and five thousand (5,000) Advanced Precision Kill Weapon System II (APKWS II) all-up-rounds.");
    expect(nigeria.majorDefenseEquipment?.map((l) => l.quantity)).toEqual([1002, 5000]);
    // The Netherlands, AMRAAM-ER, 24-52 (June 2024): "four" guidance sections, in words only.
    const netherlands = readReleaseItems(
      "one-hundred seventy-four (174) Advanced Medium-Range Air-to-Air Missiles-Extended Range (AMRAAM-ER) and four AMRAAM-C8 guidance sections. Also included is the following non-MDE: AMRAAM containers; and KGV-135A cryptographic devices.",
    );
    expect(netherlands.majorDefenseEquipment).toEqual([
      { description: "Advanced Medium-Range Air-to-Air Missiles-Extended Range (AMRAAM-ER)", quantity: 174, upTo: false },
      { description: "AMRAAM-C8 guidance sections", quantity: 4, upTo: false },
    ]);
    expect(netherlands.otherItems).toEqual(["AMRAAM containers", "KGV-135A cryptographic devices"]);
    // Belgium, AIM-9X, 25-66 (September 2025): "up to the following quantities" makes every line a ceiling.
    const belgium = readReleaseItems("up to the following quantities: three hundred twenty (320) AIM-9X Block II Sidewinder tactical missiles; and thirty (30) AIM-9X Block II+ tactical guidance units.");
    expect(belgium.majorDefenseEquipment).toEqual([
      { description: "AIM-9X Block II Sidewinder tactical missiles", quantity: 320, upTo: true },
      { description: "AIM-9X Block II+ tactical guidance units", quantity: 30, upTo: true },
    ]);
  });

  it("mends the spacing a copied PDF breaks, and leaves out a line the copy cut off", () => {
    const items = readReleaseItems(
      "three-hundred twenty (320) LAU-128 missile l aunchers; eight ( 8) AGM-88G Guidance Sections ( spares); and two thousand four (2,004) MK- 82 500LB General Purpose Bombs. Also included are: shipsets of MK 34 Gun Weapon System modification equipment for installation on the Hobart Class…",
    );
    expect(items.majorDefenseEquipment).toEqual([
      { description: "LAU-128 missile launchers", quantity: 320, upTo: false },
      { description: "AGM-88G Guidance Sections (spares)", quantity: 8, upTo: false },
      { description: "MK-82 500LB General Purpose Bombs", quantity: 2004, upTo: false },
    ]);
    expect(items.otherItems).toEqual([]);
  });

  it("reads additions to a previously implemented case, and no item from the earlier case's list", () => {
    // Norway, M1156A1 PGK, 24-34 (December 2024, $130 million): the earlier case was $2.79 million.
    const text =
      "eight thousand one (8,001) M1156A1 Precision Guidance Kit (PGK) multi-option fuzes that will be added to a previously implemented case whose value was under the congressional notification threshold. The original Foreign Military Sales (FMS) case, valued at $2.79 million, included PGK cutaway models; fuze wrenches; and training aids. The following non-MDE items will also be included: PGK cutaway models; fuze wrenches; and training aids. The estimated total program cost is $130 million.";
    const items = readReleaseItems(text);
    expect(items.majorDefenseEquipment).toEqual([{ description: "M1156A1 Precision Guidance Kit (PGK) multi-option fuzes", quantity: 8001, upTo: false }]);
    expect(items.addsToEarlierCase).toEqual({ belowThreshold: true, valueUsd: 2_790_000 });
    expect(items.totalUsd).toBe(130_000_000);
    // Republic of Korea, SDB-I, 25-111 (December 2025): "an additional" quantity stays additional.
    const korea = readReleaseItems(
      "an additional six hundred twenty-four (624) GBU-39/B Small Diameter Bombs (SDB-I) that will be added to a previously implemented case whose value was under the congressional notification threshold. The original Foreign Military Sales (FMS) case, valued at $18.8 million ($15.4 million in major defense equipment (MDE)), included three hundred eighty-seven (387) GBU-39/B SDB-Is.",
    );
    expect(korea.majorDefenseEquipment).toEqual([{ description: "additional GBU-39/B Small Diameter Bombs (SDB-I)", quantity: 624, upTo: false }]);
    expect(korea.addsToEarlierCase).toEqual({ belowThreshold: true, valueUsd: 18_800_000 });
    // A case the text does not say was below the threshold is not called so.
    expect(earlierCaseOf("thirty-one (31) MIDS-LVT terminals that will be added to a previously implemented case. The original FMS case, valued at $3.0 million, included eleven (11) terminals.")).toEqual({
      belowThreshold: false,
      valueUsd: 3_000_000,
    });
    // Two earlier cases: their values are not summed into one.
    expect(earlierCaseOf("added to previously implemented cases whose values were under the congressional notification threshold. The original cases, valued at $34.1 million and $17.6 million, respectively, included missiles.")).toEqual({
      belowThreshold: true,
      valueUsd: null,
    });
  });
});

describe("the other layouts", () => {
  it("a numbered list with its quantities: the lines with a figure, and the rest as other items", () => {
    // Kenya, Air Tractor, 16-79 (January 2017).
    const items = readReleaseItems(
      "i) Air Tractor AT-802L ii) AT-504 trainer aircraft iii) Weapons package iv) Program management Quantities: i) Air Tractor AT-802L aircraft: 12 ii) AT-504 trainer aircraft: 2 iii) Weapons package: Not specified iv) Program management: Not specified",
    );
    expect(items.layout).toBe("numbered");
    expect(items.majorDefenseEquipment).toEqual([
      { description: "Air Tractor AT-802L aircraft", quantity: 12, upTo: false },
      { description: "AT-504 trainer aircraft", quantity: 2, upTo: false },
    ]);
    expect(items.otherItems).toEqual(["Weapons package", "Program management"]);
  });

  it("a numbered list without quantities is items, none with a quantity, and the total after it is not an item", () => {
    // Czech Republic, communications equipment, 25-23 (May 2025, $181 million).
    const items = readReleaseItems("i) AN/PRC-160 radios ii) AN/PRC-163 radios iii) spare parts The estimated total program cost is $181 million.");
    expect(items.majorDefenseEquipment).toBeNull();
    expect(items.otherItems).toEqual(["AN/PRC-160 radios", "AN/PRC-163 radios", "spare parts"]);
    expect(items.totalUsd).toBe(181_000_000);
  });

  it("a Foreign Military Sales Order II is a blanket order for spares, with no equipment list", () => {
    // Taiwan, FMSO II, 18-09 (September 2018, $330 million).
    const items = readReleaseItems(
      "a Foreign Military Sales Order (FMSO) II to provide funds for blanket order requisitions, under a Cooperative Logistics Supply Support Arrangement, for spare parts in support of the F-16, C-130 and F-5. The total estimated program cost is $330 million.",
    );
    expect(items.layout).toBe("fmso");
    expect(items.majorDefenseEquipment).toBeNull();
    expect(items.otherItems).toEqual(["Foreign Military Sales Order II (FMSO II): blanket order requisitions for spare and repair parts"]);
    expect(items.totalUsd).toBe(330_000_000);
  });

  it("a sentence that is not a list gives nothing rather than a guess; a services list after 'to include' gives its items", () => {
    // Saudi Arabia, USMTM support services, 16-14 (February 2016, $200 million).
    const sentence = readReleaseItems("a possible sale of support services by the United States Military Training Mission to Saudi Arabia (USMTM). The estimated cost is $200 million.");
    expect(sentence.majorDefenseEquipment).toBeNull();
    expect(sentence.otherItems).toBeNull();
    // Canada, C-17 sustainment, 21-04 (December 2020, $275 million).
    const services = readReleaseItems("C-17 sustainment support to include aircraft software modification and support; ground handling equipment; GPS receivers; and other related elements of program support. The total estimated program cost is $275 million.");
    expect(services.majorDefenseEquipment).toBeNull();
    expect(services.otherItems).toEqual(["aircraft software modification and support", "ground handling equipment", "GPS receivers", "other related elements of program support"]);
  });

  it("a length of time, a quantity inside brackets, or one joined to the words before it does not start a line", () => {
    // Poland, F-16 support, 11-54 (February 2012), and Israel, F-15IA, 24-01 (August 2024).
    const poland = readReleaseItems("a possible sale of 93 AIM-9X-2 SIDEWINDER Block II Tactical Missiles, a Joint Mission Planning System, and five years of follow-on support services, spare and repair parts.");
    expect(poland.majorDefenseEquipment).toEqual([{ description: "AIM-9X-2 SIDEWINDER Block II Tactical Missiles", quantity: 93, upTo: false }]);
    expect(poland.otherItems).toContain("five years of follow-on support services");
    const israel = readReleaseItems(
      "up to fifty (50) new F-15IA multi-role fighter aircraft, as well as Mid-Life Update modification kits for its existing twenty-five (25) F-15I aircraft; and one hundred twenty (120) F110-GE-129 engines (with two (2) spares).",
    );
    expect(israel.majorDefenseEquipment?.map((l) => [l.upTo, l.quantity])).toEqual([
      [true, 50],
      [false, 120],
    ]);
  });
});

describe("amounts in a unit of measure", () => {
  it("are items as the text gives them, not numbers of items", () => {
    // Israel, fuels, 10-41 (August 2010, $2 billion).
    const items = readReleaseItems("a possible sale of 60,000,000 gallons of unleaded gasoline, 284,000,000 gallons of JP-8 aviation jet fuel, and 100,000,000 gallons of diesel fuel. The estimated cost is $2 billion.");
    expect(items.majorDefenseEquipment).toBeNull();
    expect(items.otherItems).toEqual(["60,000,000 gallons of unleaded gasoline", "284,000,000 gallons of JP-8 aviation jet fuel", "100,000,000 gallons of diesel fuel"]);
  });
});

describe("numbers in words", () => {
  it("reads the quantities releases write in words", () => {
    expect(wordsToNumber("four")).toBe(4);
    expect(wordsToNumber("twenty-four")).toBe(24);
    expect(wordsToNumber("two hundred fifty")).toBe(250);
    expect(wordsToNumber("one thousand two")).toBe(1002);
    expect(wordsToNumber("Two-hundred and sixty thousand")).toBe(260_000);
    expect(wordsToNumber("several")).toBeNull();
  });

  it("reads a total only where the text states one, not an earlier case's value", () => {
    expect(totalOf("The estimated cost is $375 million.")).toBe(375_000_000);
    expect(totalOf("The original FMS case, valued at $98.4 million, included radios.")).toBeNull();
  });
});

describe("releases that sell only non-MDE items, listed without quantities", () => {
  it("reads a list at semicolons as the other items", () => {
    // Taiwan (TECRO), F-16 non-standard spares, 24-41 (June 2024, $80 million).
    const items = readReleaseItems(
      "non-standard spare and repair parts, components, consumables, and accessories for F-16 aircraft; U.S. Government and contractor engineering, technical, and logistics support services; and other related elements of logistics and program support. The estimated total cost is $80 million.",
    );
    expect(items.majorDefenseEquipment).toBeNull();
    expect(items.otherItems).toEqual([
      "non-standard spare and repair parts, components, consumables, and accessories for F-16 aircraft",
      "U.S. Government and contractor engineering, technical, and logistics support services",
      "other related elements of logistics and program support",
    ]);
    expect(items.totalUsd).toBe(80_000_000);
  });

  it("reads a list after 'the following non-Major Defense Equipment', which is not an MDE label", () => {
    // The Netherlands, radios, 24-82 (October 2024).
    const netherlands = readReleaseItems("the following non-Major Defense Equipment items: AN/PRC-160 radios; AN/PRC-163 radios; tactical key loaders; network encryptors; and spares.");
    expect(netherlands.majorDefenseEquipment).toBeNull();
    expect(netherlands.otherItems).toEqual(["AN/PRC-160 radios", "AN/PRC-163 radios", "tactical key loaders", "network encryptors", "spares"]);
    // Italy, EA-37B, 24-98 (October 2024): the system and what it consists of.
    const italy = readReleaseItems("the EA-37B mission system, consisting of the following non-Major Defense Equipment: Counter Radar Assemblies; AN/ARC-210 RT-2036 radios; KG-250 encryptors; and warranties.");
    expect(italy.layout).toBe("labelled");
    expect(italy.majorDefenseEquipment).toBeNull();
    expect(italy.otherItems).toEqual(["Counter Radar Assemblies", "AN/ARC-210 RT-2036 radios", "KG-250 encryptors", "warranties"]);
  });

  it("keeps an item whose first word is joined by a hyphen ('in-country …')", () => {
    // Zambia, Bell 412EPX, 24-123 (January 2025).
    const items = readReleaseItems("Bell 412EPX helicopters; weather radars; in-country contractor field service representative support; and special tools.");
    expect(items.otherItems).toEqual(["Bell 412EPX helicopters", "weather radars", "in-country contractor field service representative support", "special tools"]);
  });

  it("reads a list at commas, or a single item, when it closes with 'and other related elements of … support'", () => {
    // Ukraine, Bradley refurbishment, 25-53 (July 2025).
    const bradley = readReleaseItems("equipment and services to refurbish Bradley Infantry Fighting Vehicles, technical assistance, training, and other related elements of logistics and program support.");
    expect(bradley.otherItems).toEqual(["equipment and services to refurbish Bradley Infantry Fighting Vehicles", "technical assistance", "training", "other related elements of logistics and program support"]);
    // Singapore, Ebbing ANGB, 25-49 (October 2025): one item.
    const singapore = readReleaseItems("construction services at Ebbing Air National Guard Base and other related elements of logistics and program support.");
    expect(singapore.otherItems).toEqual(["construction services at Ebbing Air National Guard Base", "other related elements of logistics and program support"]);
    // Ukraine, Army systems sustainment, 24-45 (May 2024): a clause with its own commas stays in the item.
    const ukraine = readReleaseItems("sustainment of U.S. Army-provided vehicles, utilizing Blanket Orders, CLSSA, and/or SNAP, as well as other related elements of logistics and program support.");
    expect(ukraine.otherItems).toEqual(["sustainment of U.S. Army-provided vehicles, utilizing Blanket Orders, CLSSA, and/or SNAP", "other related elements of logistics and program support"]);
    // Without the closing words a sentence is not read as a list (see "the other layouts").
    expect(readReleaseItems("transportation services for security assistance programs.").otherItems).toBeNull();
  });

  it("reads non-MDE additions to a previously implemented case, not the earlier case's items", () => {
    // Tunisia, 65-foot patrol boats, 23-31 (August 2024): the earlier case was $49.3 million.
    const tunisia = readReleaseItems(
      "additional non-MDE 65’ SAFE Archangel boats and additional non-MDE articles and services that will be added to a previously implemented case. The original FMS case, valued at $49.3 million, included navigation systems; communications equipment; and training.",
    );
    expect(tunisia.majorDefenseEquipment).toBeNull();
    expect(tunisia.otherItems).toEqual(["additional 65’ SAFE Archangel boats", "additional articles and services"]);
    expect(tunisia.addsToEarlierCase).toEqual({ belowThreshold: false, valueUsd: 49_300_000 });
    // Israel, Eitan powerpacks, 25-28 (April 2025): one item.
    const israel = readReleaseItems(
      "additional Eitan 8V199TE21-D powerpack engines and engine components that will be added to a previously implemented case whose value was under the congressional notification threshold. The original FMS case, valued at $85.5 million ($0 in MDE), included contractor non-recurring engineering.",
    );
    expect(israel.otherItems).toEqual(["additional Eitan 8V199TE21-D powerpack engines and engine components"]);
    // Norway, 155mm M795, 26-82 (August 2026): a list at semicolons before the earlier case.
    const norway = readReleaseItems(
      "additional 155mm High Explosive (HE) M795 Projectiles; technical assistance; technical documentation; and other related elements of logistics and program support that will be added to a previously implemented case whose value was under the congressional notification threshold. The original FMS case, valued at $99.99 million, included 155mm HE M795 Projectiles.",
    );
    expect(norway.majorDefenseEquipment).toBeNull();
    expect(norway.otherItems).toEqual(["additional 155mm High Explosive (HE) M795 Projectiles", "technical assistance", "technical documentation", "other related elements of logistics and program support"]);
  });
});
