#pragma once
#include <QString>
#include <QStringView>

namespace csm::common {

// Length in user-perceived characters (code points), used by validation:
// "张三" is 2, an emoji outside the BMP is 1. A lone surrogate counts as 1.
int textLength(QStringView text);

// Trims and collapses internal runs of whitespace (including U+3000
// ideographic space, tabs and line breaks) to one ASCII space.
QString simplifiedText(QStringView text);

// Valid email (pragmatic: local@domain.tld, no spaces, <= 254 chars).
// ASCII only. Local part: 1-64 chars of letters, digits and
// !#$%&'*+/=?^_`{|}~.- without leading, trailing or doubled dots.
// Domain: at least two dot-separated labels of 1-63 letters, digits or '-'
// (not at either end of a label); the last label (TLD) has at least 2 chars
// and is letters only, or punycode "xn--...".
bool isValidEmail(QStringView text);

} // namespace csm::common
