#pragma once
// The customer as both sides see it, with the field rules both sides run.
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace csm::common {

struct Address {
    QString provinceCode;   // GB/T 2260 codes: 320000 / 320100 / 320102
    QString cityCode;
    QString districtCode;
    QString detail;         // street, building, room
    QString text;           // read-only: region names + detail, as the server composed it

    QCborMap toCbor() const;
    static Address fromCbor(const QCborMap& map);
};

struct Customer {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString gender;         // "male", "female" or empty
    QDate birthDate;
    QString idNumber;       // masked unless revealed
    bool idNumberMasked = true;
    QString email;
    QStringList phones;     // normalised digits; formatPhone() for display
    Address address;
    QString occupation;
    QString incomeBand;
    QString family;
    int vipLevel = 0;
    QStringList tags;
    QString note;
    qint64 orgUnitId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Values of the active custom fields (code → text, number, "YYYY-MM-DD" or choice value).
    // Carried by customer.get / create / update and the 360 view, not by search results
    // (`hasCustom` false: the key is absent on the wire).
    QCborMap custom;
    bool hasCustom = false;

    QCborMap toCbor() const;
    static Customer fromCbor(const QCborMap& map);
};

// Field limits shared by the form and the server.
inline constexpr int kCustomerNameMax = 50;
inline constexpr int kCustomerPhonesMax = 5;
inline constexpr int kAddressDetailMax = 200;
inline constexpr int kCustomerNoteMax = 2000;
inline constexpr int kCustomerTagsMax = 20;
inline constexpr int kCustomerTagMax = 20;

// Checks the editable fields of a customer as the form would send them (args of
// customer.create / customer.update); returns field → problem. Missing keys are not
// checked unless `requireAll` (create).
QMap<QString, QString> validateCustomerArgs(const QCborMap& args, bool requireAll);

} // namespace csm::common
