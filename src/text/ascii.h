// ASCII character tests and case mapping, inline.
//
// annalist never sets a locale, so <cctype>'s functions give these same
// answers, but each is a library call through the locale tables. The
// dictionary readers and the coder apply them to every character of the
// dictionaries and of every sentence, where the calls showed in profiles.
#ifndef ANNALIST_SRC_TEXT_ASCII_H_
#define ANNALIST_SRC_TEXT_ASCII_H_

namespace annalist {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
// Blank, tab, newline, vertical tab, form feed, carriage return.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline char AsciiUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace annalist

#endif  // ANNALIST_SRC_TEXT_ASCII_H_
