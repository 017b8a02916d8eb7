#include "common/domain/phone.h"

#include <array>

namespace csm::common {
namespace {

constexpr qsizetype kMobileLength = 11;
constexpr qsizetype kMinLocalLength = 7;
constexpr qsizetype kMaxLocalLength = 8;
constexpr qsizetype kMinInternationalDigits = 6;
constexpr qsizetype kMaxInternationalDigits = 15;
constexpr qsizetype kMaxExtensionDigits = 6;
// Anything longer than this (after removing separators) is garbage; the limit
// only keeps the work bounded for hostile input.
constexpr qsizetype kMaxCompactLength = 24;

// Longest marker first so "extension" wins over "ext" at the same position.
constexpr std::array<std::u16string_view, 6> kExtensionMarkers{
    u"extension", u"分机", u"ext", u"转", u"x", u"#",
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

// Folds full-width ASCII (including digits ０-９), the ideographic space and
// typographic dashes to plain ASCII, and lowercases ASCII letters.
QString foldInput(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212)
            c = QChar(u'-');
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
        out.append(c);
    }
    return out;
}

// Cuts off an extension. Returns nullopt when an extension marker is followed
// by something other than a short run of digits.
std::optional<QString> stripExtension(const QString& text)
{
    qsizetype cut = -1;
    qsizetype markerLength = 0;
    for (std::u16string_view marker : kExtensionMarkers) {
        const QStringView markerView(marker.data(), qsizetype(marker.size()));
        const qsizetype index = text.indexOf(markerView);
        if (index >= 0 && (cut < 0 || index < cut)) {
            cut = index;
            markerLength = markerView.size();
        }
    }
    if (cut < 0)
        return text;

    qsizetype extensionDigits = 0;
    for (QChar c : QStringView(text).mid(cut + markerLength)) {
        if (isAsciiDigit(c))
            ++extensionDigits;
        else if (!isSeparator(c) && c != u':')
            return std::nullopt;
    }
    if (extensionDigits > kMaxExtensionDigits)
        return std::nullopt;
    return text.left(cut);
}

// Removes separators; keeps digits and a single leading '+'.
std::optional<QString> compactNumber(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (isAsciiDigit(c)) {
            out.append(c);
        } else if (c == u'+' && out.isEmpty()) {
            out.append(c);
        } else if (!isSeparator(c)) {
            return std::nullopt;
        }
        if (out.size() > kMaxCompactLength)
            return std::nullopt;
    }
    return out;
}

bool isMobile(QStringView digits)
{
    return digits.size() == kMobileLength && digits[0] == u'1' && digits[1] >= u'3'
        && digits[1] <= u'9';
}

bool hasLocalLength(QStringView digits)
{
    return digits.size() >= kMinLocalLength && digits.size() <= kMaxLocalLength;
}

NormalizedPhone makePhone(const QString& digits, PhoneKind kind)
{
    return NormalizedPhone{digits, kind, QString(), digits};
}

// Area code + local number, the area code including its leading 0.
std::optional<NormalizedPhone> landlineWithAreaCode(const QString& digits)
{
    if (digits.size() < 4 || digits[0] != u'0')
        return std::nullopt;
    qsizetype areaLength = 0;
    const QChar second = digits[1];
    if (second == u'1')
        areaLength = digits[2] == u'0' ? 3 : 0; // 010 is the only 01X code
    else if (second == u'2')
        areaLength = 3; // 02X
    else if (second >= u'3' && second <= u'9')
        areaLength = 4; // 0[3-9]XX
    if (areaLength == 0)
        return std::nullopt;

    const QString local = digits.mid(areaLength);
    // With an explicit area code only a leading 0 is rejected; see the note on
    // bare local numbers in normalizePhone().
    if (!hasLocalLength(local) || local[0] == u'0')
        return std::nullopt;
    return NormalizedPhone{digits, PhoneKind::Landline, digits.left(areaLength), local};
}

std::optional<NormalizedPhone> serviceNumber(const QString& digits)
{
    if (digits.size() == 10 && (digits.startsWith(u"400") || digits.startsWith(u"800")))
        return makePhone(digits, PhoneKind::Service);
    if (digits.size() == 5
        && (digits.startsWith(u"95") || digits.startsWith(u"96") || digits.startsWith(u"100")
            || digits.startsWith(u"123"))) {
        return makePhone(digits, PhoneKind::Service);
    }
    return std::nullopt;
}

// The national part after a +86 / 0086 / 86 prefix: a mobile, or a landline
// with an area code whose leading 0 may have been left out.
std::optional<NormalizedPhone> chinaNational(const QString& national)
{
    if (national.startsWith(u'0'))
        return landlineWithAreaCode(national);
    if (isMobile(national))
        return makePhone(national, PhoneKind::Mobile);
    return landlineWithAreaCode(QLatin1Char('0') + national);
}

std::optional<NormalizedPhone> domesticNumber(const QString& digits)
{
    if (isMobile(digits))
        return makePhone(digits, PhoneKind::Mobile);
    // Trunk prefix "0" before a mobile, as delivered by many PBXs for
    // out-of-town mobiles. Cannot collide with a landline: 01[3-9] is no area code.
    if (digits.size() == kMobileLength + 1 && digits[0] == u'0' && isMobile(QStringView(digits).mid(1)))
        return makePhone(digits.mid(1), PhoneKind::Mobile);
    if (auto service = serviceNumber(digits))
        return service;
    if (digits.startsWith(u'0'))
        return landlineWithAreaCode(digits);
    // Bare local numbers never start with 0 (trunk prefix) or 1 (special services).
    if (hasLocalLength(digits) && digits[0] != u'1')
        return NormalizedPhone{digits, PhoneKind::Landline, QString(), digits};
    return std::nullopt;
}

} // namespace

std::optional<NormalizedPhone> normalizePhone(QStringView input)
{
    const QString folded = foldInput(input.trimmed());
    if (folded.isEmpty())
        return std::nullopt;
    const std::optional<QString> mainPart = stripExtension(folded);
    if (!mainPart)
        return std::nullopt;
    const std::optional<QString> compact = compactNumber(*mainPart);
    if (!compact || compact->isEmpty())
        return std::nullopt;

    QString number;
    bool international = false;
    if (compact->startsWith(u'+')) {
        international = true;
        number = compact->mid(1);
    } else if (compact->startsWith(u"00")) {
        international = true;
        number = compact->mid(2);
    } else {
        number = *compact;
    }
    if (number.isEmpty())
        return std::nullopt;

    if (international) {
        if (number.startsWith(u"86"))
            return chinaNational(number.mid(2));
        if (number.size() < kMinInternationalDigits || number.size() > kMaxInternationalDigits
            || number[0] == u'0') {
            return std::nullopt;
        }
        return makePhone(QLatin1Char('+') + number, PhoneKind::International);
    }

    // A bare "86" prefix: no valid domestic number of 11+ digits starts with 86,
    // so stripping it here is unambiguous.
    if (number.startsWith(u"86") && number.size() >= 11) {
        if (auto phone = chinaNational(number.mid(2)))
            return phone;
    }
    return domesticNumber(number);
}

QString formatPhone(const NormalizedPhone& phone)
{
    const QString& d = phone.digits;
    switch (phone.kind) {
    case PhoneKind::Mobile:
        if (d.size() == kMobileLength)
            return d.left(3) + QLatin1Char(' ') + d.mid(3, 4) + QLatin1Char(' ') + d.mid(7);
        return d;
    case PhoneKind::Landline:
        if (phone.areaCode.isEmpty())
            return phone.local.isEmpty() ? d : phone.local;
        return phone.areaCode + QLatin1Char('-') + phone.local;
    case PhoneKind::Service:
        if (d.size() == 10)
            return d.left(3) + QLatin1Char('-') + d.mid(3, 3) + QLatin1Char('-') + d.mid(6);
        return d;
    case PhoneKind::International:
        return d;
    }
    return d;
}

} // namespace csm::common
