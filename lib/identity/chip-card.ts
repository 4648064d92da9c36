/*
 * The chip of a citizen identity card, read at the desk (issue 12: assisted filing without a
 * phone). A real reader checks the chip's signature (passive authentication) and hands the portal
 * the card's data with a receipt the portal verifies; the VNeID simulator stands in for it in demo
 * mode (lib/vneid-sim/chip-card.ts). Without a reader the method is not offered.
 */

export type CardRead = { personalId: string; fullName: string; dateOfBirth: string; receipt: string };

export interface ChipCardReader {
  /** Reads the card on the reader; the stand-in is told which demo card lies there. */
  read(card: string, now: Date): Promise<CardRead | null>;
  /** The personal ID number a receipt proves was read from a card, if it is genuine and fresh, and the receipt's own id (a read is used once). */
  verify(receipt: string, now: Date): Promise<{ personalId: string; receiptId: string } | null>;
}
