#include "common/model/customer_product.h"

#include "common/domain/text_rules.h"

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

QDate dateOf(const QCborMap& map, const char* key)
{
    return QDate::fromString(str(map, key), Qt::ISODate);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QCborMap ProductModel::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("category_code"), categoryCode);
    map.insert(QStringLiteral("category_name"), categoryName);
    map.insert(QStringLiteral("brand"), brand);
    map.insert(QStringLiteral("warranty_months"), warrantyMonths);
    map.insert(QStringLiteral("active"), active);
    return map;
}

ProductModel ProductModel::fromCbor(const QCborMap& map)
{
    ProductModel model;
    model.id = map.value(QStringLiteral("id")).toInteger();
    model.code = str(map, "code");
    model.name = str(map, "name");
    model.categoryCode = str(map, "category_code");
    model.categoryName = str(map, "category_name");
    model.brand = str(map, "brand");
    model.warrantyMonths = int(map.value(QStringLiteral("warranty_months")).toInteger());
    model.active = map.value(QStringLiteral("active")).toBool(true);
    return model;
}

QCborMap CustomerProduct::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("customer_id"), customerId);
    map.insert(QStringLiteral("model_id"), modelId);
    map.insert(QStringLiteral("model_code"), modelCode);
    map.insert(QStringLiteral("model_name"), modelName);
    map.insert(QStringLiteral("category_code"), categoryCode);
    map.insert(QStringLiteral("brand"), brand);
    map.insert(QStringLiteral("warranty_months"), warrantyMonths);
    map.insert(QStringLiteral("serial_number"), serialNumber);
    map.insert(QStringLiteral("purchase_date"), dateText(purchaseDate));
    map.insert(QStringLiteral("dealer"), dealer);
    map.insert(QStringLiteral("install_date"), dateText(installDate));
    map.insert(QStringLiteral("warranty_end"), dateText(warrantyEnd));
    map.insert(QStringLiteral("in_warranty"), inWarrantyOn(QDate::currentDate()));
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("created_at"), timeText(createdAt));
    map.insert(QStringLiteral("updated_at"), timeText(updatedAt));
    return map;
}

CustomerProduct CustomerProduct::fromCbor(const QCborMap& map)
{
    CustomerProduct p;
    p.id = map.value(QStringLiteral("id")).toInteger();
    p.version = int(map.value(QStringLiteral("version")).toInteger());
    p.customerId = map.value(QStringLiteral("customer_id")).toInteger();
    p.modelId = map.value(QStringLiteral("model_id")).toInteger();
    p.modelCode = str(map, "model_code");
    p.modelName = str(map, "model_name");
    p.categoryCode = str(map, "category_code");
    p.brand = str(map, "brand");
    p.warrantyMonths = int(map.value(QStringLiteral("warranty_months")).toInteger());
    p.serialNumber = str(map, "serial_number");
    p.purchaseDate = dateOf(map, "purchase_date");
    p.dealer = str(map, "dealer");
    p.installDate = dateOf(map, "install_date");
    p.warrantyEnd = dateOf(map, "warranty_end");
    p.note = str(map, "note");
    p.createdAt = QDateTime::fromString(str(map, "created_at"), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(str(map, "updated_at"), Qt::ISODateWithMs);
    return p;
}

QDate warrantyEndFor(int months, const QDate& purchaseDate, const QDate& installDate)
{
    const QDate start = purchaseDate.isValid() ? purchaseDate : installDate;
    if (!start.isValid())
        return {};
    return start.addMonths(months).addDays(-1);
}

QString normalizeSerialNumber(const QString& serial)
{
    return serial.trimmed().toUpper();
}

bool isValidSerialNumber(const QString& normalized)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9/_.-]{1,40}$"));
    return pattern.match(normalized).hasMatch();
}

QMap<QString, QString> validateCustomerProductArgs(const QCborMap& args, bool requireAll, const QDate& today)
{
    QMap<QString, QString> problems;
    auto present = [&](const char* key) { return args.contains(QLatin1String(key)); };
    auto dateField = [&](const char* key, QDate& out) {
        if (!present(key))
            return;
        const QCborValue value = args.value(QLatin1String(key));
        if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            return;
        out = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
        if (!out.isValid() || out.year() < 1980)
            problems.insert(QLatin1String(key), QStringLiteral("must be a date YYYY-MM-DD"));
        else if (out > today)
            problems.insert(QLatin1String(key), QStringLiteral("must not be in the future"));
    };

    if (requireAll || present("model_id")) {
        const QCborValue model = args.value(QStringLiteral("model_id"));
        if (!model.isInteger() || model.toInteger() < 1)
            problems.insert(QStringLiteral("model_id"), QStringLiteral("choose a product model"));
    }
    if (present("serial_number")) {
        const QString serial = normalizeSerialNumber(str(args, "serial_number"));
        if (!serial.isEmpty() && !isValidSerialNumber(serial))
            problems.insert(QStringLiteral("serial_number"),
                            QStringLiteral("must be 1 to %1 letters, digits or / _ . -").arg(kProductSerialMax));
    }
    QDate purchase;
    QDate install;
    dateField("purchase_date", purchase);
    dateField("install_date", install);
    if (purchase.isValid() && install.isValid() && install < purchase && !problems.contains(QStringLiteral("install_date")))
        problems.insert(QStringLiteral("install_date"), QStringLiteral("must not be before the purchase date"));
    if (present("dealer") && textLength(str(args, "dealer")) > kProductDealerMax)
        problems.insert(QStringLiteral("dealer"), QStringLiteral("must be at most %1 characters").arg(kProductDealerMax));
    if (present("note") && textLength(str(args, "note")) > kProductNoteMax)
        problems.insert(QStringLiteral("note"), QStringLiteral("must be at most %1 characters").arg(kProductNoteMax));
    return problems;
}

} // namespace csm::common
