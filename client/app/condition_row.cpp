#include "client/app/condition_row.h"

#include "client/app/region_picker.h"
#include "client/core/group_text.h"
#include "client/core/region_cache.h"
#include "client/core/region_names.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>


namespace csm::client::ui {

using common::ConditionType;

namespace {
constexpr int kRegionCodeRole = Qt::UserRole + 1;
const QDate kNoDate(1900, 1, 1);   // the minimum of the date editors, shown as "any"

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setMaximumDate(QDate(2999, 12, 31));
    edit->setSpecialValueText(ConditionRow::tr("any"));
    edit->setDate(kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

} // namespace

QStringList splitValues(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    QStringList values;
    for (const QString& part : text.split(separators)) {
        const QString value = part.simplified();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

ConditionRow::ConditionRow(ConditionType type, RegionCache& regions, QWidget* parent)
    : QFrame(parent)
    , m_type(type)
    , m_regionCache(regions)
{
    setObjectName(QStringLiteral("conditionRow_") + common::conditionTypeName(type));
    setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    outer->setSpacing(4);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(GroupText::conditionName(type), this);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeConditionButton"));
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this condition"));
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(remove);
    outer->addLayout(header);
    connect(remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    switch (type) {
    case ConditionType::Product: buildProduct(grid); break;
    case ConditionType::Region: buildRegion(grid); break;
    case ConditionType::Gender:
        m_gender = new QComboBox(this);
        m_gender->setObjectName(QStringLiteral("genderBox"));
        m_gender->addItem(GroupText::genderName(QStringLiteral("female")), QStringLiteral("female"));
        m_gender->addItem(GroupText::genderName(QStringLiteral("male")), QStringLiteral("male"));
        grid->addWidget(new QLabel(tr("Gender"), this), 0, 0);
        grid->addWidget(m_gender, 0, 1);
        connect(m_gender, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
        break;
    case ConditionType::Age: buildRange(grid, 0, 150); break;
    case ConditionType::VipLevel: buildRange(grid, 0, 9); break;
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: {
        m_values = new QLineEdit(this);
        m_values->setObjectName(QStringLiteral("valuesEdit"));
        m_values->setMaxLength(500);
        m_values->setPlaceholderText(type == ConditionType::Tags ? tr("Any of these tags, separated by commas")
                                                                 : tr("One of these, separated by commas"));
        grid->addWidget(m_values, 0, 0, 1, 4);
        connect(m_values, &QLineEdit::textChanged, this, &ConditionRow::changed);
        break;
    }
    }
    outer->addLayout(grid);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("conditionProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    outer->addWidget(m_problem);
}

void ConditionRow::buildProduct(QGridLayout* grid)
{
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryBox"));
    m_category->addItem(tr("Choose a category…"), QString());
    m_from = makeDateEdit(this, QStringLiteral("purchasedFromEdit"));
    m_to = makeDateEdit(this, QStringLiteral("purchasedToEdit"));
    m_olderThan = new QSpinBox(this);
    m_olderThan->setObjectName(QStringLiteral("olderThanBox"));
    m_olderThan->setRange(0, common::kSegmentMonthsMax);
    m_olderThan->setSpecialValueText(tr("any time"));
    m_olderThan->setSuffix(tr(" months ago"));
    m_olderThan->setToolTip(tr("Bought at least this many months before the day the segment is counted"));

    grid->addWidget(new QLabel(tr("Category"), this), 0, 0);
    grid->addWidget(m_category, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Bought from"), this), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("until"), this), 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(new QLabel(tr("At least"), this), 2, 0);
    grid->addWidget(m_olderThan, 2, 1);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedCategory = m_category->currentData().toString();
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ConditionRow::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ConditionRow::changed);
    connect(m_olderThan, &QSpinBox::valueChanged, this, &ConditionRow::changed);
}

void ConditionRow::buildRegion(QGridLayout* grid)
{
    m_regionPicker = new RegionPicker(m_regionCache, this);
    auto* add = new QPushButton(tr("Add region"), this);
    add->setObjectName(QStringLiteral("addRegionButton"));
    add->setToolTip(tr("Add the region chosen on the left: a province, a city or a district"));
    m_regions = new QListWidget(this);
    m_regions->setObjectName(QStringLiteral("regionList"));
    m_regions->setMaximumHeight(m_regions->fontMetrics().height() * 4 + 8);
    m_regions->setToolTip(tr("Customers living in any of these regions match. Delete removes the selected region."));
    auto* removeRegion = new QPushButton(tr("Remove"), this);
    removeRegion->setObjectName(QStringLiteral("removeRegionButton"));
    auto* deleteKey = new QAction(m_regions);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_regions->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, removeRegion, &QPushButton::click);

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_regionPicker, 1);
    pick->addWidget(add);
    auto* chosen = new QHBoxLayout;
    chosen->addWidget(m_regions, 1);
    chosen->addWidget(removeRegion, 0, Qt::AlignTop);
    grid->addLayout(pick, 0, 0, 1, 4);
    grid->addLayout(chosen, 1, 0, 1, 4);
    connect(add, &QPushButton::clicked, this, &ConditionRow::addRegion);
    connect(removeRegion, &QPushButton::clicked, this, [this] {
        const auto selected = m_regions->selectedItems();
        for (QListWidgetItem* item : selected)
            delete item;
        if (!selected.isEmpty())
            emit changed();
    });
}

void ConditionRow::buildRange(QGridLayout* grid, int low, int high)
{
    m_min = new QSpinBox(this);
    m_max = new QSpinBox(this);
    m_min->setObjectName(QStringLiteral("minBox"));
    m_max->setObjectName(QStringLiteral("maxBox"));
    for (QSpinBox* box : {m_min, m_max}) {
        box->setRange(low - 1, high);   // one below the range: "any"
        box->setSpecialValueText(tr("any"));
        box->setValue(low - 1);
        connect(box, &QSpinBox::valueChanged, this, &ConditionRow::changed);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("From"), this));
    row->addWidget(m_min);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_max);
    row->addStretch(1);
    for (QSpinBox* box : {m_min, m_max})
        box->setMinimumWidth(110);
    grid->addLayout(row, 0, 0, 1, 4);
}

void ConditionRow::addRegion()
{
    QString code;
    QStringList names;
    for (int level = RegionPicker::Province; level <= RegionPicker::District; ++level) {
        const QString levelCode = m_regionPicker->code(RegionPicker::Level(level));
        if (levelCode.isEmpty())
            break;
        code = levelCode;
        names.append(m_regionPicker->combo(RegionPicker::Level(level))->currentText());
    }
    if (code.isEmpty())
        return;
    for (int row = 0; row < m_regions->count(); ++row) {
        if (m_regions->item(row)->data(kRegionCodeRole).toString() == code)
            return;
    }
    addRegionItem(code, names.join(QStringLiteral(" / ")));
    emit changed();
}

void ConditionRow::addRegionItem(const QString& code, const QString& label)
{
    auto* item = new QListWidgetItem(label, m_regions);
    item->setData(kRegionCodeRole, code);
}

void ConditionRow::resolveRegionNames(const QStringList& codes)
{
    lookUpRegionNames(m_regionCache, codes, this, [this](const QHash<QString, QString>& names) {
        for (int row = 0; row < m_regions->count(); ++row) {
            QListWidgetItem* item = m_regions->item(row);
            const QString code = item->data(kRegionCodeRole).toString();
            if (names.contains(code))
                item->setText(names.value(code));
        }
    });
}

common::SegmentCondition ConditionRow::condition() const
{
    common::SegmentCondition c;
    c.type = m_type;
    switch (m_type) {
    case ConditionType::Product:
        c.category = m_category->currentData().toString();
        if (c.category.isEmpty())
            c.category = m_wantedCategory;
        c.purchasedFrom = dateOf(m_from);
        c.purchasedTo = dateOf(m_to);
        if (m_olderThan->value() > 0)
            c.olderThanMonths = m_olderThan->value();
        break;
    case ConditionType::Region:
        for (int row = 0; row < m_regions->count(); ++row)
            c.values.append(m_regions->item(row)->data(kRegionCodeRole).toString());
        break;
    case ConditionType::Gender: c.value = m_gender->currentData().toString(); break;
    case ConditionType::Age:
    case ConditionType::VipLevel:
        if (m_min->value() >= m_min->minimum() + 1)
            c.min = m_min->value();
        if (m_max->value() >= m_max->minimum() + 1)
            c.max = m_max->value();
        break;
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: c.values = splitValues(m_values->text()); break;
    }
    return c;
}

void ConditionRow::setCondition(const common::SegmentCondition& c)
{
    const QSignalBlocker blocker(this);
    switch (m_type) {
    case ConditionType::Product: {
        m_wantedCategory = c.category;
        const int index = m_category->findData(c.category);
        if (index >= 0)
            m_category->setCurrentIndex(index);
        m_from->setDate(c.purchasedFrom.isValid() ? c.purchasedFrom : kNoDate);
        m_to->setDate(c.purchasedTo.isValid() ? c.purchasedTo : kNoDate);
        m_olderThan->setValue(c.olderThanMonths.value_or(0));
        break;
    }
    case ConditionType::Region:
        m_regions->clear();
        for (const QString& code : c.values)
            addRegionItem(code, code);
        resolveRegionNames(c.values);
        break;
    case ConditionType::Gender: m_gender->setCurrentIndex(qMax(0, m_gender->findData(c.value))); break;
    case ConditionType::Age:
    case ConditionType::VipLevel:
        m_min->setValue(c.min.value_or(m_min->minimum()));
        m_max->setValue(c.max.value_or(m_max->minimum()));
        break;
    case ConditionType::Tags:
    case ConditionType::Occupation:
    case ConditionType::IncomeBand: m_values->setText(c.values.join(QStringLiteral(", "))); break;
    }
}

void ConditionRow::setCategories(const QList<CategoryEntry>& categories)
{
    if (!m_category)
        return;
    const QSignalBlocker blocker(m_category);
    const QString wanted = m_wantedCategory;
    m_category->clear();
    m_category->addItem(tr("Choose a category…"), QString());
    for (const CategoryEntry& entry : categories) {
        const QString indent(entry.depth * 4, QLatin1Char(' '));
        m_category->addItem(indent + entry.name, entry.code);
        m_category->setItemData(m_category->count() - 1, entry.code, Qt::ToolTipRole);
    }
    const int index = m_category->findData(wanted);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
}

void ConditionRow::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("ConditionRow { border: 1px solid #c62828; }"));
}

QString ConditionRow::problem() const
{
    return m_problem->text();
}

QHash<QString, QString> ConditionRow::regionNames() const
{
    QHash<QString, QString> names;
    if (!m_regions)
        return names;
    for (int row = 0; row < m_regions->count(); ++row)
        names.insert(m_regions->item(row)->data(kRegionCodeRole).toString(), m_regions->item(row)->text());
    return names;
}

} // namespace csm::client::ui
