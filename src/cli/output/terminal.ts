/**
 * What a terminal would run rather than print: ESC sequences (CSI such as "erase line", OSC such as
 * "set the window title", and the rest), C0 control characters but tab and line feed, DEL, C1 control
 * characters, and the bidirectional overrides and isolates that make a line read other than it is
 * (U+202A to U+202E, U+2066 to U+2069).
 */
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text from an article or a ledger made safe to print on a terminal: control sequences removed. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}
