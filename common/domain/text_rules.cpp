#include "common/domain/text_rules.h"

#include <limits>

namespace csm::common {
namespace {

constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMaxLocalPartLength = 64;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMinTldLength = 2;
constexpr QStringView kLocalPartSpecials = u"!#$%&'*+/=?^_`{|}~.-";

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > kMaxLocalPartLength)
        return false;
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (QChar c : local) {
        if (!isAsciiAlnum(c) && !kLocalPartSpecials.contains(c))
            return false;
    }
    return true;
}

bool isValidLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    if (label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (!isAsciiAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool isValidTld(QStringView tld)
{
    if (tld.size() < kMinTldLength)
        return false;
    if (tld.startsWith(u"xn--", Qt::CaseInsensitive))
        return tld.size() > 4;
    for (QChar c : tld) {
        if (!isAsciiAlpha(c))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    qsizetype labels = 0;
    QStringView last;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = domain.indexOf(u'.', start);
        const QStringView label = domain.mid(start, dot < 0 ? -1 : dot - start);
        if (!isValidLabel(label))
            return false;
        ++labels;
        last = label;
        if (dot < 0)
            break;
        start = dot + 1;
    }
    return labels >= 2 && isValidTld(last);
}

} // namespace

int textLength(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(count);
}

QString simplifiedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

bool isValidEmail(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxEmailLength)
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at < 0 || text.indexOf(u'@', at + 1) >= 0)
        return false;
    return isValidLocalPart(text.first(at)) && isValidDomain(text.mid(at + 1));
}

} // namespace csm::common
