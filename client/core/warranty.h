#pragma once
// Warranty status of a customer's products as the desk shows it: a badge per product (in
// warranty / expires soon / expired / unknown) and the short summary the screen pop carries
// for each matched customer (`call.ringing` → customers[].warranty). The server sends dates
// and counts; the client owns the words.
#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace csm::client {

enum class WarrantyStatus { Unknown, InWarranty, ExpiresSoon, Expired };

// Products whose warranty ends within this many days "expire soon".
inline constexpr int kWarrantySoonDays = 30;

// The status on `today` of a warranty whose last covered day is `end` (invalid = unknown).
WarrantyStatus warrantyStatus(const QDate& end, const QDate& today);

// The screen pop's summary of one customer's products.
struct WarrantySummary {
    int products = 0;
    int inWarranty = 0;   // end today or later
    int expiring = 0;     // of those, ending within 30 days
    int expired = 0;
    QDate nextEnd;        // the earliest end still ahead; invalid when none

    static WarrantySummary fromCbor(const QCborMap& map);
};

class WarrantyText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::WarrantyText)
public:
    static QString statusName(WarrantyStatus status);
    // Badge colours as "#rrggbb" (the core library has no Qt Gui).
    static QString statusBackground(WarrantyStatus status);
    static QString statusForeground(WarrantyStatus status);
    // One line for the pop and the pick list: "Products: 2 in warranty (next ends 2025-03-14),
    // 1 expire(s) within 30 days, 1 expired"; "No products recorded" when there are none.
    static QString summary(const WarrantySummary& summary);
};

} // namespace csm::client
