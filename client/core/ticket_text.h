#pragma once
// The wording of the work-order codes (service types, severities, state categories, timeline
// kinds, effects and transition fields): the server sends codes, the client owns the words.
// State and transition names are data (the workflow's own names) and are shown as they are.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace csm::client {

class TicketText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::TicketText)
public:
    static QString serviceTypeName(const QString& code);
    static QString severityName(const QString& code);
    static QString categoryName(const QString& category);
    // The label of a field a transition requires or may set ("reject_reason" → "Reason for rejecting").
    static QString fieldLabel(const QString& field);
    static QString effectName(const QString& type);
    // The parameter of an effect in words: whom a notification goes to, which SLA clock, why it pauses.
    static QString effectParamName(const QString& type, const QString& param);
    // Fields in the order a person reads them (service point before technician, start before end).
    static QStringList fieldOrder();
    static QString eventKindName(const QString& kind);
    // The categories the list filters on: open (all but closed) and the five of the spine.
    static QStringList filterCategories();
};

} // namespace csm::client
