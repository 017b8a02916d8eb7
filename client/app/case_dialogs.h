#pragma once
// The small forms of the case ops on a work order: the complaint's details and its resolution
// with the customer's satisfaction (ComplaintDialog), and opening, answering or closing a
// supervision (SupervisionDialog). Each checks what it can before sending and shows the server's
// field problems under their fields.
#include "client/core/case_controller.h"
#include "common/model/ticket.h"
#include "common/model/ticket_case.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace csm::client::ui {

class ComplaintEditors;
class FieldErrors;

class ComplaintDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Details, Resolution };

    ComplaintDialog(Mode mode, const common::Ticket& ticket, const std::optional<common::TicketComplaint>& complaint,
                    QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    ComplaintEditors* editors() const { return m_editors; }
    QPlainTextEdit* resolutionEdit() const { return m_resolution; }
    QComboBox* satisfactionBox() const { return m_satisfaction; }
    QLineEdit* commentEdit() const { return m_comment; }
    QPushButton* okButton() const { return m_ok; }
    void setUnits(const QList<CaseUnit>& units);
    void showProblems(const QMap<QString, QString>& problems);
    QString problemFor(const QString& field) const;
    void setBusy(bool busy);

signals:
    void detailsSubmitted(const QCborMap& details);
    void resolutionSubmitted(const QString& resolution, int satisfaction, const QString& comment);

private:
    void trySubmit();

    Mode m_mode;
    ComplaintEditors* m_editors = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_general;
    QPushButton* m_ok = nullptr;
    FieldErrors* m_errors;
};

class SupervisionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Open, Answer, Close };

    // Open: `supervision` is unused; Answer / Close: the supervision concerned.
    SupervisionDialog(Mode mode, const common::Ticket& ticket, const common::TicketSupervision& supervision,
                      QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 supervisionId() const { return m_supervision.id; }
    QComboBox* unitBox() const { return m_unit; }
    QDateTimeEdit* deadlineEdit() const { return m_deadline; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* okButton() const { return m_ok; }
    // Open: the units of the caller's subtree (the order's unit first, chosen).
    void setUnits(const QList<CaseUnit>& units);
    void showProblems(const QMap<QString, QString>& problems);
    QString problemFor(const QString& field) const;
    void setBusy(bool busy);

signals:
    void openSubmitted(qint64 targetOrgUnitId, const QDateTime& deadline, const QString& demand);
    void answerSubmitted(qint64 supervisionId, const QString& answer);
    void closeSubmitted(qint64 supervisionId, const QString& note);

private:
    void trySubmit();

    Mode m_mode;
    common::Ticket m_ticket;
    common::TicketSupervision m_supervision;
    QComboBox* m_unit = nullptr;
    QDateTimeEdit* m_deadline = nullptr;
    QPlainTextEdit* m_text;
    QLabel* m_general;
    QPushButton* m_ok = nullptr;
    FieldErrors* m_errors;
};

} // namespace csm::client::ui
