#pragma once
// "Add to group": the customers chosen in a list go into one of the static lists the user sees.
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace csm::client {
class GroupListModel;
}

namespace csm::client::ui {

class AddToGroupDialog : public QDialog {
    Q_OBJECT
public:
    AddToGroupDialog(const GroupListModel& groups, int customerCount, QWidget* parent = nullptr);

    QComboBox* groupBox() const { return m_groups; }
    qint64 chosenGroup() const;

signals:
    void chosen(qint64 groupId);

private:
    QComboBox* m_groups;
    QPushButton* m_ok;
};

} // namespace csm::client::ui
