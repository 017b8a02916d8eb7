#pragma once
// Small dialogs of the agent desk: pick the caller among several matching customers, write a
// contact note, make a callback promise. They collect input only; the caller sends it.
#include "client/core/desk_types.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace csm::client::ui {

class CallerPickDialog : public QDialog {
    Q_OBJECT
public:
    CallerPickDialog(const DeskCall& call, QWidget* parent = nullptr);
    qint64 chosenCustomerId() const;
    QListWidget* list() const { return m_list; }

signals:
    void customerChosen(qint64 customerId);
    // None of them: create a new customer with the caller's number.
    void newCustomerRequested();

private:
    QListWidget* m_list;
};

class ContactNoteDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContactNoteDialog(QWidget* parent = nullptr);
    QString channel() const;
    QString summary() const;
    void showProblem(const QString& text);

signals:
    void submitted(const QString& channel, const QString& summary);

private:
    QComboBox* m_channel;
    QPlainTextEdit* m_summary;
    QLabel* m_problem;
};

class CallbackDialog : public QDialog {
    Q_OBJECT
public:
    explicit CallbackDialog(QWidget* parent = nullptr);
    QDateTime dueAt() const;
    QString note() const;
    void setDueAt(const QDateTime& when);
    void setNote(const QString& note);
    void showProblem(const QString& text);

signals:
    void submitted(const QDateTime& dueAt, const QString& note);

private:
    QDateTimeEdit* m_due;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
};

} // namespace csm::client::ui
