#include "common/model/customer.h"

#include "common/domain/id_number.h"
#include "common/domain/phone.h"
#include "common/domain/text_rules.h"

#include <QCborArray>
#include <QRegularExpression>

namespace csm::common {
namespace {
QString str(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QCborMap Address::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("province"), provinceCode);
    map.insert(QStringLiteral("city"), cityCode);
    map.insert(QStringLiteral("district"), districtCode);
    map.insert(QStringLiteral("detail"), detail);
    if (!text.isEmpty())
        map.insert(QStringLiteral("text"), text);
    return map;
}

Address Address::fromCbor(const QCborMap& map)
{
    return Address{str(map, "province"), str(map, "city"), str(map, "district"), str(map, "detail"), str(map, "text")};
}

QCborMap Customer::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("gender"), gender);
    map.insert(QStringLiteral("birth_date"), dateText(birthDate));
    map.insert(QStringLiteral("id_number"), idNumber);
    map.insert(QStringLiteral("id_number_masked"), idNumberMasked);
    map.insert(QStringLiteral("email"), email);
    map.insert(QStringLiteral("phones"), QCborArray::fromStringList(phones));
    map.insert(QStringLiteral("address"), address.toCbor());
    map.insert(QStringLiteral("occupation"), occupation);
    map.insert(QStringLiteral("income_band"), incomeBand);
    map.insert(QStringLiteral("family"), family);
    map.insert(QStringLiteral("vip_level"), vipLevel);
    map.insert(QStringLiteral("tags"), QCborArray::fromStringList(tags));
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("org_unit_id"), orgUnitId);
    map.insert(QStringLiteral("created_at"), timeText(createdAt));
    map.insert(QStringLiteral("updated_at"), timeText(updatedAt));
    if (hasCustom)
        map.insert(QStringLiteral("custom"), custom);
    return map;
}

Customer Customer::fromCbor(const QCborMap& map)
{
    Customer customer;
    customer.id = map.value(QStringLiteral("id")).toInteger();
    customer.version = static_cast<int>(map.value(QStringLiteral("version")).toInteger());
    customer.name = str(map, "name");
    customer.gender = str(map, "gender");
    customer.birthDate = QDate::fromString(str(map, "birth_date"), Qt::ISODate);
    customer.idNumber = str(map, "id_number");
    customer.idNumberMasked = map.value(QStringLiteral("id_number_masked")).toBool(true);
    customer.email = str(map, "email");
    for (const QCborValue& phone : map.value(QStringLiteral("phones")).toArray())
        customer.phones.append(phone.toString());
    customer.address = Address::fromCbor(map.value(QStringLiteral("address")).toMap());
    customer.occupation = str(map, "occupation");
    customer.incomeBand = str(map, "income_band");
    customer.family = str(map, "family");
    customer.vipLevel = static_cast<int>(map.value(QStringLiteral("vip_level")).toInteger());
    for (const QCborValue& tag : map.value(QStringLiteral("tags")).toArray())
        customer.tags.append(tag.toString());
    customer.note = str(map, "note");
    customer.orgUnitId = map.value(QStringLiteral("org_unit_id")).toInteger();
    customer.createdAt = QDateTime::fromString(str(map, "created_at"), Qt::ISODateWithMs);
    customer.updatedAt = QDateTime::fromString(str(map, "updated_at"), Qt::ISODateWithMs);
    customer.hasCustom = map.contains(QStringLiteral("custom"));
    customer.custom = map.value(QStringLiteral("custom")).toMap();
    return customer;
}

QMap<QString, QString> validateCustomerArgs(const QCborMap& args, bool requireAll)
{
    QMap<QString, QString> problems;
    auto present = [&](const char* key) { return args.contains(QLatin1String(key)); };

    if (requireAll || present("name")) {
        const QString name = simplifiedText(str(args, "name"));
        if (name.isEmpty())
            problems.insert(QStringLiteral("name"), QStringLiteral("is required"));
        else if (textLength(name) > kCustomerNameMax)
            problems.insert(QStringLiteral("name"), QStringLiteral("must be at most %1 characters").arg(kCustomerNameMax));
    }
    if (requireAll || present("phones")) {
        const QCborArray phones = args.value(QStringLiteral("phones")).toArray();
        if (phones.isEmpty())
            problems.insert(QStringLiteral("phones"), QStringLiteral("at least one phone number is required"));
        else if (phones.size() > kCustomerPhonesMax)
            problems.insert(QStringLiteral("phones"), QStringLiteral("at most %1 phone numbers").arg(kCustomerPhonesMax));
        for (const QCborValue& phone : phones) {
            if (!phone.isString() || !normalizePhone(phone.toString())) {
                problems.insert(QStringLiteral("phones"),
                                QStringLiteral("'%1' is not a valid phone number").arg(phone.toString()));
                break;
            }
        }
    }
    if (present("id_number")) {
        const QString idNumber = normalizeIdNumber(str(args, "id_number"));
        if (!idNumber.isEmpty() && !isValidIdNumber(idNumber))
            problems.insert(QStringLiteral("id_number"), QStringLiteral("is not a valid ID number (GB 11643)"));
    }
    if (present("email")) {
        const QString email = str(args, "email").trimmed();
        if (!email.isEmpty() && !isValidEmail(email))
            problems.insert(QStringLiteral("email"), QStringLiteral("is not a valid email address"));
    }
    if (present("gender")) {
        const QString gender = str(args, "gender");
        if (!gender.isEmpty() && gender != QLatin1String("male") && gender != QLatin1String("female"))
            problems.insert(QStringLiteral("gender"), QStringLiteral("must be male, female or empty"));
    }
    if (present("birth_date")) {
        const QString text = str(args, "birth_date");
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!date.isValid() || date > QDate::currentDate() || date.year() < 1900))
            problems.insert(QStringLiteral("birth_date"), QStringLiteral("must be a past date YYYY-MM-DD"));
    }
    if (present("vip_level")) {
        const QCborValue level = args.value(QStringLiteral("vip_level"));
        if (!level.isInteger() || level.toInteger() < 0 || level.toInteger() > 9)
            problems.insert(QStringLiteral("vip_level"), QStringLiteral("must be a whole number from 0 to 9"));
    }
    if (present("address")) {
        const QCborMap address = args.value(QStringLiteral("address")).toMap();
        if (textLength(str(address, "detail")) > kAddressDetailMax)
            problems.insert(QStringLiteral("address.detail"),
                            QStringLiteral("must be at most %1 characters").arg(kAddressDetailMax));
        for (const char* key : {"province", "city", "district"}) {
            const QString code = str(address, key);
            static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
            if (!code.isEmpty() && !sixDigits.match(code).hasMatch())
                problems.insert(QStringLiteral("address.") + QLatin1String(key), QStringLiteral("must be a 6-digit region code"));
        }
    }
    if (present("note") && textLength(str(args, "note")) > kCustomerNoteMax)
        problems.insert(QStringLiteral("note"), QStringLiteral("must be at most %1 characters").arg(kCustomerNoteMax));
    if (present("tags")) {
        const QCborArray tags = args.value(QStringLiteral("tags")).toArray();
        if (tags.size() > kCustomerTagsMax)
            problems.insert(QStringLiteral("tags"), QStringLiteral("at most %1 tags").arg(kCustomerTagsMax));
        for (const QCborValue& tag : tags) {
            if (!tag.isString() || tag.toString().trimmed().isEmpty() || textLength(tag.toString()) > kCustomerTagMax) {
                problems.insert(QStringLiteral("tags"), QStringLiteral("each tag must be 1 to %1 characters").arg(kCustomerTagMax));
                break;
            }
        }
    }
    for (const char* key : {"occupation", "income_band", "family"}) {
        const int max = QLatin1String(key) == QLatin1String("family") ? 200 : (QLatin1String(key) == QLatin1String("income_band") ? 20 : 50);
        if (present(key) && textLength(str(args, key)) > max)
            problems.insert(QLatin1String(key), QStringLiteral("must be at most %1 characters").arg(max));
    }
    return problems;
}

} // namespace csm::common
