#pragma once
// The small form of one workflow transition on a work order: an editor for each field the
// transition requires (marked *) or may set, prefilled from the order where it keeps the field
// (service point, technician, appointment, diagnosis, …); the fault code is chosen from the
// codes of the product's category. Required fields are checked before
// sending; the server's field problems show under their fields.
#include "client/core/ticket_controller.h"

#include <QCborMap>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

class QLabel;
class QPushButton;

namespace csm::client::ui {

class FieldErrors;

class TransitionDialog : public QDialog {
    Q_OBJECT
public:
    // `units`: the service points the order may be sent to; `technicians`: those of the order's
    // unit (id, display name each).
    TransitionDialog(const common::Ticket& ticket, const TicketAction& action, const QList<QPair<qint64, QString>>& units,
                     const QList<QPair<qint64, QString>>& technicians, QWidget* parent = nullptr);

    const TicketAction& action() const { return m_action; }
    // The fields as ticket.transition takes them (empty values left out).
    QCborMap fields() const;
    void showProblems(const QMap<QString, QString>& problems);
    void setBusy(bool busy);
    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    QPushButton* okButton() const { return m_ok; }
    QString problemFor(const QString& field) const;
    // The fault codes of the order's product (fault_code.list): the choices of its fault-code box.
    void setFaultCodes(const QList<common::FaultCode>& codes);

signals:
    void submitted(const QString& transition, const QCborMap& fields);

private:
    QWidget* makeEditor(const QString& field, bool required);
    QCborValue valueOf(const QString& field) const;
    void trySubmit();

    common::Ticket m_ticket;
    TicketAction m_action;
    QList<QPair<qint64, QString>> m_units;
    QList<QPair<qint64, QString>> m_technicians;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_general;
    QPushButton* m_ok;
    FieldErrors* m_errors;
};

} // namespace csm::client::ui
