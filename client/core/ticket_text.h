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
    static QString eventKindName(const QString& kind);
    // The categories the list filters on: open (all but closed) and the five of the spine.
    static QStringList filterCategories();
};

} // namespace csm::client
