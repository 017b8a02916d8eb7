#include "client/app/customer_products_pane.h"

#include "client/app/busy_indicator.h"
#include "client/app/confirm.h"
#include "client/app/error_presenter.h"
#include "client/app/product_dialog.h"
#include "client/core/customer_product_model.h"
#include "client/core/fee_text.h"
#include "common/model/warranty_rules.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace csm::client::ui {

namespace {

// The warranty column as a coloured badge (a rounded label), legible on any row colour.
class WarrantyBadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QString text = base.text;
        base.text.clear();
        base.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);
        const auto status = static_cast<WarrantyStatus>(index.data(CustomerProductModel::WarrantyStatusRole).toInt());
        const QFontMetrics metrics(option.font);
        const int width = std::min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 4);
        const int height = std::min(metrics.height() + 4, option.rect.height() - 2);
        const QRect badge(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(WarrantyText::statusBackground(status)));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(QColor(WarrantyText::statusForeground(status)));
        painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 8));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(size.width() + 24);
        return size;
    }
};

} // namespace

CustomerProductsPane::CustomerProductsPane(const AppServices& services, bool canWrite, QWidget* parent)
    : QGroupBox(tr("Products"), parent)
    , m_services(services)
    , m_canWrite(canWrite)
    , m_model(new CustomerProductModel(this))
    , m_controller(new CustomerProductsController(services.rpc, *m_model, this))
    , m_table(new QTableView(this))
    , m_headline(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_addButton(new QPushButton(tr("Add product…"), this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_addAction(new QAction(tr("Add product…"), this))
{
    setObjectName(QStringLiteral("productsPane"));
    m_table->setObjectName(QStringLiteral("productsView"));
    m_headline->setObjectName(QStringLiteral("productsHeadline"));
    m_addButton->setObjectName(QStringLiteral("addProductButton"));
    m_editButton->setObjectName(QStringLiteral("editProductButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProductButton"));
    m_headline->setTextFormat(Qt::PlainText);
    m_busy->setText(tr("Loading…"));
    m_busy->setCursorTarget(m_table);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Room for four products before the table scrolls (the splitter above respects it).
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4
                              + m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
    m_table->setItemDelegateForColumn(CustomerProductModel::Warranty, new WarrantyBadgeDelegate(m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(CustomerProductModel::Model, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const int date = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 16;
    m_table->setColumnWidth(CustomerProductModel::Category, 110);
    m_table->setColumnWidth(CustomerProductModel::Serial, m_table->fontMetrics().horizontalAdvance(QStringLiteral("KFR35GWB240300012341")) + 16);
    m_table->setColumnWidth(CustomerProductModel::PurchaseDate, date);
    m_table->setColumnWidth(CustomerProductModel::Dealer, 120);
    m_table->setColumnWidth(CustomerProductModel::InstallDate, date);
    m_table->setColumnWidth(CustomerProductModel::WarrantyEnd, date);
    int badge = m_table->fontMetrics().horizontalAdvance(m_model->headerData(CustomerProductModel::Warranty, Qt::Horizontal).toString());
    for (const WarrantyStatus status : {WarrantyStatus::Unknown, WarrantyStatus::InWarranty, WarrantyStatus::ExpiresSoon,
                                        WarrantyStatus::Expired})
        badge = std::max(badge, m_table->fontMetrics().horizontalAdvance(WarrantyText::statusName(status)));
    {
        // Room for the repair verdict after the status (warranty.verdict): the longest there is.
        common::WarrantyVerdict longest;
        longest.verdict = QStringLiteral("free");
        longest.remedyOptions = {QStringLiteral("refund"), QStringLiteral("replace"), QStringLiteral("repair")};
        badge = std::max(badge, m_table->fontMetrics().horizontalAdvance(
                                    CustomerProductModel::tr("%1 · %2")
                                        .arg(WarrantyText::statusName(WarrantyStatus::ExpiresSoon), FeeText::verdictShort(longest))));
    }
    m_table->setColumnWidth(CustomerProductModel::Warranty, badge + 28);   // the badge's padding and margins

    m_addButton->setToolTip(tr("Record a product this customer owns (Ctrl+Shift+P)"));
    m_editButton->setToolTip(tr("Change the selected product (Enter)"));
    m_removeButton->setToolTip(tr("Remove the selected product from this customer"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QPushButton* button : {m_addButton, m_editButton, m_removeButton})
        button->setVisible(m_canWrite);
    if (m_canWrite)
        addAction(m_addAction);

    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_busy);
    top->addWidget(m_addButton);
    top->addWidget(m_editButton);
    top->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &CustomerProductsPane::addProduct);
    connect(m_addAction, &QAction::triggered, this, &CustomerProductsPane::addProduct);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editProductAt(currentRow()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeProductAt(currentRow()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { editProductAt(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomerProductsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerProductsPane::updateHeadline);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomerProductsPane::updateHeadline);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CustomerProductsPane::updateHeadline);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CustomerProductsPane::updateHeadline);
    connect(m_controller, &CustomerProductsController::loaded, this, &CustomerProductsPane::updateHeadline);
    connect(m_controller, &CustomerProductsController::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_controller, &CustomerProductsController::busyChanged, this, [this](bool busy) {
        if (m_dialog)
            m_dialog->setBusy(busy);
    });
    connect(m_controller, &CustomerProductsController::failed, this, &CustomerProductsPane::onFailed);
    connect(m_controller, &CustomerProductsController::saved, this, [this](const common::CustomerProduct& product) {
        if (m_dialog)
            m_dialog->accept();
        const int row = m_model->rowOfProduct(product.id);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        m_services.errors.showTransient(tr("Product saved."));
    });
    connect(m_controller, &CustomerProductsController::removed, this, [this] {
        m_services.errors.showTransient(tr("Product removed."));
        updateButtons();
    });
    updateButtons();
}

ProductDialog* CustomerProductsPane::dialog() const
{
    return m_dialog;
}

void CustomerProductsPane::load(qint64 customerId)
{
    m_controller->load(customerId);
}

void CustomerProductsPane::reload()
{
    m_controller->reload();
}

int CustomerProductsPane::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CustomerProductsPane::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

QString CustomerProductsPane::headline() const
{
    return m_headline->text();
}

void CustomerProductsPane::updateHeadline()
{
    if (!m_controller->isLoaded()) {
        m_headline->clear();
        return;
    }
    const int total = m_model->rowCount();
    if (total == 0) {
        m_headline->setText(m_canWrite ? tr("No products recorded yet. Add what the customer owns.")
                                       : tr("No products recorded."));
        return;
    }
    QStringList parts;
    const int in = m_model->countWithStatus(WarrantyStatus::InWarranty);
    const int soon = m_model->countWithStatus(WarrantyStatus::ExpiresSoon);
    const int expired = m_model->countWithStatus(WarrantyStatus::Expired);
    if (in + soon > 0)
        parts.append(tr("%n in warranty", nullptr, in + soon));
    if (soon > 0)
        parts.append(tr("%n expire(s) soon", nullptr, soon));
    if (expired > 0)
        parts.append(tr("%n expired", nullptr, expired));
    const QString count = tr("%n product(s)", nullptr, total);
    m_headline->setText(parts.isEmpty() ? count : tr("%1: %2").arg(count, parts.join(tr(", "))));
    updateButtons();
}

void CustomerProductsPane::addProduct()
{
    if (m_canWrite)
        openDialog(-1);
}

void CustomerProductsPane::editProductAt(int row)
{
    if (m_canWrite && row >= 0 && row < m_model->rowCount())
        openDialog(row);
}

void CustomerProductsPane::openDialog(int row)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ProductDialog(m_controller->models(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0)
        m_dialog->setProduct(m_model->productAt(row));
    const qint64 productId = row >= 0 ? m_model->productAt(row).id : 0;
    const int version = row >= 0 ? m_model->productAt(row).version : 0;
    connect(m_dialog, &ProductDialog::submitted, this, [this, productId, version](const QCborMap& fields) {
        m_pendingProductId = productId;
        m_pendingFields = fields;
        if (productId == 0)
            m_controller->add(fields);
        else
            m_controller->update(productId, version, fields);
    });
    // The catalogue may still be on its way when the dialog opens.
    if (m_controller->models().isEmpty()) {
        connect(m_controller, &CustomerProductsController::modelsLoaded, m_dialog, [this, row] {
            if (m_dialog && m_dialog->modelBox()->count() == 0)
                openDialog(row);
        });
    }
    m_dialog->open();
}

void CustomerProductsPane::removeProductAt(int row)
{
    if (!m_canWrite || row < 0 || row >= m_model->rowCount())
        return;
    const common::CustomerProduct& product = m_model->productAt(row);
    const qint64 id = product.id;
    const int version = product.version;
    QString what = product.modelName.isEmpty() ? product.modelCode : product.modelName;
    if (!product.serialNumber.isEmpty())
        what = tr("%1, serial number %2").arg(what, product.serialNumber);
    askToConfirm(this, tr("Remove product"),
                 tr("Remove %1 from this customer's products?\nRepairs of this product will no longer find it.").arg(what),
                 tr("Remove"), [this, id, version] { m_controller->remove(id, version); },
                 QStringLiteral("removeProductBox"));
}

void CustomerProductsPane::onFailed(CustomerProductsController::Action action, const common::ErrorInfo& error)
{
    using Action = CustomerProductsController::Action;
    const bool writing = action == Action::Add || action == Action::Update;
    if (writing && m_dialog && m_dialog->isVisible() && error.code == common::ErrorCode::Validation) {
        m_dialog->showProblems(error.fields.isEmpty()
                                   ? QMap<QString, QString>{{QStringLiteral("product"), error.message}}
                                   : error.fields);
        return;
    }
    QWidget* parent = m_dialog && m_dialog->isVisible() ? static_cast<QWidget*>(m_dialog) : this;
    ErrorPresenter::Handlers handlers;
    if (action == Action::Update && error.code == common::ErrorCode::Conflict && error.fields.isEmpty()) {
        // Someone else saved the product meanwhile: show theirs, or apply mine on top of it.
        handlers.reload = [this] {
            if (m_dialog)
                m_dialog->reject();
            reload();
        };
        handlers.overwrite = [this, productId = m_pendingProductId, fields = m_pendingFields] {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(m_controller, &CustomerProductsController::loaded, this, [this, once, productId, fields] {
                disconnect(*once);
                const int row = m_model->rowOfProduct(productId);
                if (row < 0) {
                    if (m_dialog)
                        m_dialog->reject();
                    m_services.errors.showTransient(tr("The product was removed meanwhile."));
                    return;
                }
                m_controller->update(productId, m_model->productAt(row).version, fields);
            });
            reload();
        };
    }
    m_services.errors.present(error, parent, handlers);
    if (error.code == common::ErrorCode::NotFound || (action == Action::Remove && error.code == common::ErrorCode::Conflict)) {
        if (m_dialog)
            m_dialog->reject();
        reload();   // the list is stale
    }
}

} // namespace csm::client::ui
