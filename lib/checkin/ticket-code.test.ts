import { describe, expect, it } from "vitest";
import { newTicketCode } from "./new-ticket-code";
import { TICKET_ALPHABET, TICKET_CODE_LENGTH, displayTicketCode, normaliseTicketCode } from "./ticket-code";

describe("ticket codes", () => {
  it("are 8 characters of the alphabet without look-alikes, and differ from one another", () => {
    expect(TICKET_CODE_LENGTH).toBe(8);
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(TICKET_ALPHABET).not.toContain(lookAlike);
    const codes = Array.from({ length: 1000 }, newTicketCode);
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Drawn over the whole alphabet: 8000 characters leave none of the 31 unused.
    expect(new Set(codes.join("")).size).toBe(TICKET_ALPHABET.length);
  });

  it("normalise a code as typed: lower case, spaces, the printed dash", () => {
    expect(normaliseTicketCode("7KQ4XM2P")).toBe("7KQ4XM2P");
    expect(normaliseTicketCode("7kq4-xm2p")).toBe("7KQ4XM2P");
    expect(normaliseTicketCode(" 7kq4 xm2p ")).toBe("7KQ4XM2P");
    expect(normaliseTicketCode("7K Q4-XM 2P\n")).toBe("7KQ4XM2P");
    // A full-width code typed on some phone keyboards (NFKC folds it).
    expect(normaliseTicketCode("７ＫＱ４ＸＭ２Ｐ")).toBe("7KQ4XM2P");
  });

  it("accepts any code it makes, as printed", () => {
    for (let i = 0; i < 100; i++) {
      const code = newTicketCode();
      expect(normaliseTicketCode(displayTicketCode(code))).toBe(code);
      expect(normaliseTicketCode(displayTicketCode(code).toLowerCase())).toBe(code);
    }
  });

  it("refuses look-alikes, other characters and a wrong length", () => {
    for (const lookAlike of ["0", "O", "1", "I", "L", "o", "i", "l"]) expect(normaliseTicketCode(`7KQ4XM2${lookAlike}`)).toBeNull();
    for (const bad of ["7KQ4XM2", "7KQ4XM2PA", "", "-", "7KQ4_XM2P", "7KQ4.XM2P", "7KQ4XM2É", "RESS1.abc.def"]) {
      expect(normaliseTicketCode(bad)).toBeNull();
    }
  });

  it("display as two groups of four", () => {
    expect(displayTicketCode("7KQ4XM2P")).toBe("7KQ4-XM2P");
  });
});
