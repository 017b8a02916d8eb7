#pragma once
// The side panel of the workflow editor while nothing is selected: the workflow's name, which
// version is shown, the legend of the canvas and how to edit it.
#include <QWidget>

class QLabel;
class QLineEdit;


namespace csm::client::ui {

class WorkflowFlowPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowFlowPanel(QWidget* parent = nullptr);

    void setName(const QString& name);
    // What is shown: the version, who saved it when, whether it is the newest.
    void setInfo(const QString& text);
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void nameEdited(const QString& name);

private:
    QLineEdit* m_name;
    QLabel* m_info;
};

} // namespace csm::client::ui
