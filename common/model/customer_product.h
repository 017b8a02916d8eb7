#pragma once
// A product a customer owns (客户产品资料) and the catalogue model it is an instance of, as both
// sides see them, with the field rules both sides run.
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace csm::common {

// A model of the catalogue, as pickers show it.
struct ProductModel {
    qint64 id = 0;
    QString code;
    QString name;
    QString categoryCode;
    QString categoryName;
    QString brand;
    int warrantyMonths = 0;
    bool active = true;

    QCborMap toCbor() const;
    static ProductModel fromCbor(const QCborMap& map);
};

struct CustomerProduct {
    qint64 id = 0;
    int version = 0;
    qint64 customerId = 0;
    qint64 modelId = 0;
    QString modelCode;        // read-only: from the catalogue
    QString modelName;
    QString categoryCode;
    QString brand;
    int warrantyMonths = 0;
    QString serialNumber;     // may be empty (unknown)
    QDate purchaseDate;
    QString dealer;
    QDate installDate;
    QDate warrantyEnd;        // computed by the server (warrantyEndFor); invalid = unknown
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    // In warranty on `day` (the end date is the last day covered).
    bool inWarrantyOn(const QDate& day) const { return warrantyEnd.isValid() && day <= warrantyEnd; }

    QCborMap toCbor() const;
    static CustomerProduct fromCbor(const QCborMap& map);
};

// Field limits shared by the dialog and the server.
inline constexpr int kProductSerialMax = 40;
inline constexpr int kProductDealerMax = 100;
inline constexpr int kProductNoteMax = 1000;

// The last day of the warranty: it runs `months` months from the purchase date, or from the
// install date when the purchase date is unknown; invalid when neither is known. A warranty of
// 12 months bought on 2024-03-15 ends on 2025-03-14.
QDate warrantyEndFor(int months, const QDate& purchaseDate, const QDate& installDate);

// A serial number as stored: trimmed, upper case. Letters, digits and / _ . - only.
QString normalizeSerialNumber(const QString& serial);
bool isValidSerialNumber(const QString& normalized);

// Checks the editable fields as the dialog would send them (args of customer.product.add /
// customer.product.update); returns field → problem. Missing keys are not checked unless
// `requireAll` (add: model_id is required). `today` bounds the dates.
QMap<QString, QString> validateCustomerProductArgs(const QCborMap& args, bool requireAll, const QDate& today);

} // namespace csm::common
