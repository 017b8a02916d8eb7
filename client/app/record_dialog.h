#pragma once
// A small dialog for a record with a code and a name (a new org unit or region, or a
// rename). The owner sends the request on submitted() and then either closes the dialog
// (finish()) or shows the server's problems (fieldErrors()).
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace csm::client::ui {

class FieldErrors;

class RecordDialog : public QDialog {
    Q_OBJECT
public:
    // An empty codeLabel hides the code field.
    RecordDialog(const QString& title, const QString& intro, const QString& codeLabel, QWidget* parent = nullptr);

    void setCode(const QString& code, bool editable);
    void setName(const QString& name);
    QString code() const;
    QString name() const;
    FieldErrors* fieldErrors() const { return m_errors; }
    void setBusy(bool busy);
    // The request succeeded.
    void finish();

signals:
    void submitted(const QString& code, const QString& name);

private:
    QLineEdit* m_code;
    QLineEdit* m_name;
    QPushButton* m_ok;
    FieldErrors* m_errors;
};

} // namespace csm::client::ui
