#pragma once
// The side form of the selected state: code, name, kind, category. Every finished edit is
// reported as the whole state (`edited`); the page hands it to the controller.
#include "common/model/workflow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace csm::client::ui {

class WorkflowStateForm : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowStateForm(QWidget* parent = nullptr);

    // Shows the state; `incoming`/`outgoing` count its transitions.
    void setState(const common::WorkflowState& state, int incoming, int outgoing);
    const QString& code() const { return m_state.code; }
    // Puts the cursor in the name (double-click on the canvas: rename).
    void focusName();

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* categoryBox() const { return m_category; }

signals:
    void edited(const QString& code, const csm::common::WorkflowState& state);

private:
    void commit();

    common::WorkflowState m_state;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_category;
    QLabel* m_links;
};

} // namespace csm::client::ui
