#include "client/core/search_query.h"

#include "common/domain/id_number.h"
#include "common/domain/phone.h"

namespace csm::client {

namespace {
bool looksLikePhone(QStringView text)
{
    int digits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool fullWidthDigit = u >= 0xFF10 && u <= 0xFF19;
        if ((c >= u'0' && c <= u'9') || fullWidthDigit)
            ++digits;
        else if (!(c == u'+' || c == u'-' || c == u' ' || c == u'(' || c == u')' || c == u'.'
                   || u == 0xFF08 || u == 0xFF09 || u == 0x3000 || u == 0xFF0B || u == 0xFF0D))
            return false;
    }
    return digits > 0;
}

bool looksLikeSerial(QStringView text)
{
    if (text.size() < 5 || text.size() > 40)
        return false;
    bool letter = false;
    bool digit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
            letter = true;
        else if (!(c == u'/' || c == u'_' || c == u'.' || c == u'-'))
            return false;
    }
    return letter && digit;
}
} // namespace

SearchField detectSearchField(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const QString idNumber = common::normalizeIdNumber(trimmed);
    if (idNumber.size() == 18 && common::isValidIdNumber(idNumber))
        return SearchField::IdNumber;
    if (looksLikePhone(trimmed) || common::normalizePhone(trimmed))
        return SearchField::Phone;
    if (looksLikeSerial(trimmed))
        return SearchField::Serial;
    return SearchField::Name;
}

SearchField resolveSearchField(SearchField field, QStringView text)
{
    return field == SearchField::Auto ? detectSearchField(text) : field;
}

QString searchFieldKey(SearchField field)
{
    switch (field) {
    case SearchField::Phone: return QStringLiteral("phone");
    case SearchField::IdNumber: return QStringLiteral("id_number");
    case SearchField::Address: return QStringLiteral("address");
    case SearchField::Serial: return QStringLiteral("serial");
    case SearchField::Name:
    case SearchField::Auto: break;
    }
    return QStringLiteral("name");
}

QCborMap customerSearchArgs(SearchField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    QCborMap args;
    args.insert(searchFieldKey(resolveSearchField(field, trimmed)), trimmed);
    return args;
}

} // namespace csm::client
