#pragma once
// One condition of a segment rule in the rule editor: a title, the editors of its type, a
// remove button and a line for its problems.
#include "client/core/group_editor_controller.h"
#include "common/model/customer_group.h"

#include <QFrame>
#include <QHash>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace csm::client {
class RegionCache;
}

namespace csm::client::ui {

class RegionPicker;

class ConditionRow : public QFrame {
    Q_OBJECT
public:
    ConditionRow(common::ConditionType type, RegionCache& regions, QWidget* parent = nullptr);

    common::ConditionType type() const { return m_type; }
    // The condition as the editors hold it (may be incomplete: the rule checks say so).
    common::SegmentCondition condition() const;
    void setCondition(const common::SegmentCondition& condition);
    void setCategories(const QList<CategoryEntry>& categories);
    // Shows a problem under the row (empty: none).
    void setProblem(const QString& text);
    QString problem() const;
    // Names of the chosen regions, by code (for summaries).
    QHash<QString, QString> regionNames() const;

    // For tests.
    QComboBox* categoryBox() const { return m_category; }
    RegionPicker* regionPicker() const { return m_regionPicker; }
    QListWidget* regionList() const { return m_regions; }
    QLineEdit* valuesEdit() const { return m_values; }
    QSpinBox* minBox() const { return m_min; }
    QSpinBox* maxBox() const { return m_max; }

signals:
    void changed();
    void removeRequested();

private:
    void buildProduct(QGridLayout* grid);
    void buildRegion(QGridLayout* grid);
    void buildRange(QGridLayout* grid, int low, int high);
    void addRegion();
    void addRegionItem(const QString& code, const QString& label);
    void resolveRegionNames(const QStringList& codes);
    QString pendingCategory() const { return m_wantedCategory; }

    common::ConditionType m_type;
    RegionCache& m_regionCache;
    QLabel* m_problem = nullptr;
    QComboBox* m_category = nullptr;
    QString m_wantedCategory;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_olderThan = nullptr;
    RegionPicker* m_regionPicker = nullptr;
    QListWidget* m_regions = nullptr;
    QComboBox* m_gender = nullptr;
    QSpinBox* m_min = nullptr;
    QSpinBox* m_max = nullptr;
    QLineEdit* m_values = nullptr;
};

// Splits "老客户, VIP；高" into values (commas, semicolons, 、 in ASCII or full width).
QStringList splitValues(const QString& text);

} // namespace csm::client::ui
