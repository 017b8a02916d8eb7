#include "client/app/sms_templates_tab.h"

#include "client/app/error_presenter.h"
#include "client/app/field_errors.h"
#include "client/core/notification_template_controller.h"
#include "client/core/notification_template_model.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace csm::client::ui {

namespace {
QString placeholderTitle(const QString& name)
{
    if (name == QLatin1String("number"))
        return SmsTemplatesTab::tr("Order number");
    if (name == QLatin1String("unit"))
        return SmsTemplatesTab::tr("Service point");
    if (name == QLatin1String("technician"))
        return SmsTemplatesTab::tr("Technician");
    if (name == QLatin1String("appointment"))
        return SmsTemplatesTab::tr("Appointment");
    if (name == QLatin1String("state"))
        return SmsTemplatesTab::tr("Order state");
    return name;
}
} // namespace

SmsTemplatesTab::SmsTemplatesTab(const AppServices& services, bool canEdit, QWidget* parent)
    : Workspace(parent)
    , m_services(services)
    , m_canEdit(canEdit)
    , m_model(new NotificationTemplateModel(this))
    , m_controller(new NotificationTemplateController(services.rpc, *m_model, this))
    , m_errors(new FieldErrors(this))
    , m_table(new QTableView(this))
    , m_code(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_purpose(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_length(new QLabel(this))
    , m_new(new QPushButton(tr("New template"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("smsTemplatesTab"));
    auto* hint = new QLabel(this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    hint->setText(tr("The texts of the SMS sent to customers. A change applies to messages queued afterwards; "
                     "messages already queued or sent keep their text."));

    m_table->setObjectName(QStringLiteral("smsTemplatesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NotificationTemplateModel::Text, QHeaderView::Stretch);

    m_code->setObjectName(QStringLiteral("smsTemplateCode"));
    m_code->setMaxLength(common::kNotificationTemplateCodeMax);
    m_code->setPlaceholderText(QStringLiteral("ticket.completed"));
    m_body->setObjectName(QStringLiteral("smsTemplateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(90);
    m_body->setMaximumHeight(160);
    m_purpose->setObjectName(QStringLiteral("smsTemplatePurpose"));
    m_purpose->setTextFormat(Qt::PlainText);
    m_purpose->setWordWrap(true);
    m_purpose->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_preview->setObjectName(QStringLiteral("smsTemplatePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral("background: palette(base); border: 1px solid palette(mid); "
                                            "border-radius: 6px; padding: 8px;"));
    m_preview->setMinimumHeight(60);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_length->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_save->setObjectName(QStringLiteral("saveSmsTemplateButton"));
    auto* general = new QLabel(this);
    general->setTextFormat(Qt::PlainText);
    general->setWordWrap(true);
    general->setStyleSheet(QStringLiteral("color: #c62828;"));
    general->hide();
    m_errors->setGeneralLabel(general);

    auto* placeholders = new QHBoxLayout;
    placeholders->addWidget(new QLabel(tr("Insert:"), this));
    for (const QString& name : common::notificationPlaceholders()) {
        auto* button = new QPushButton(QStringLiteral("{%1}").arg(name), this);
        button->setObjectName(QStringLiteral("insert_%1").arg(name));
        button->setToolTip(placeholderTitle(name));
        button->setEnabled(canEdit);
        connect(button, &QPushButton::clicked, this, [this, name] {
            m_body->insertPlainText(QStringLiteral("{%1}").arg(name));
            m_body->setFocus();
        });
        placeholders->addWidget(button);
    }
    placeholders->addStretch(1);

    auto* formBox = new QGroupBox(tr("Template"), this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Code *"), m_errors->addFieldBox(QStringLiteral("code"), m_code, formBox));
    form->addRow(QString(), m_purpose);
    form->addRow(tr("Text *"), m_errors->addFieldBox(QStringLiteral("body"), m_body, formBox));
    form->addRow(QString(), placeholders);
    form->addRow(QString(), m_length);
    form->addRow(tr("Preview"), m_preview);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(general);
    formLayout->addLayout(buttons);
    formLayout->addStretch(1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 500});   // the texts get the wider half

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);

    m_new->setVisible(canEdit);
    m_save->setVisible(canEdit);
    m_body->setReadOnly(!canEdit);
    m_code->setReadOnly(true);

    connect(m_body, &QPlainTextEdit::textChanged, this, &SmsTemplatesTab::updatePreview);
    connect(m_new, &QPushButton::clicked, this, &SmsTemplatesTab::startNew);
    connect(m_save, &QPushButton::clicked, this, &SmsTemplatesTab::save);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { select(current.row()); });
    connect(m_controller, &NotificationTemplateController::loaded, this, [this] {
        const int row = m_model->rowOf(m_selected.code);
        if (row >= 0)
            m_table->selectRow(row);
        else if (m_selected.code.isEmpty() && m_code->isReadOnly() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_controller, &NotificationTemplateController::busyChanged, m_save, &QWidget::setDisabled);
    connect(m_controller, &NotificationTemplateController::saved, this, [this](const common::NotificationTemplate& saved) {
        m_services.errors.showTransient(tr("SMS template %1 saved").arg(saved.code));
        m_selected = saved;
    });
    connect(m_controller, &NotificationTemplateController::failed, this, [this](const common::ErrorInfo& error) {
        ErrorPresenter::Handlers handlers;
        handlers.fields = m_errors;
        handlers.reload = [this] { m_controller->load(); };
        m_services.errors.present(error, this, handlers);
    });
    updatePreview();
}

void SmsTemplatesTab::refresh()
{
    m_controller->load();
}

common::NotificationValues SmsTemplatesTab::sampleValues()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    const QDate day = QDate::currentDate().addDays(1);
    return {QStringLiteral("%1-000123").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
            tr("Xuanwu service point"), tr("Zhang Wei"),
            common::notificationAppointmentText(QDateTime(day, QTime(9, 0), zone), QDateTime(day, QTime(11, 0), zone)),
            tr("Waiting for parts")};
}

void SmsTemplatesTab::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_selected = m_model->templateAt(row);
    m_code->setText(m_selected.code);
    m_code->setReadOnly(true);
    m_purpose->setText(NotificationTemplateModel::purpose(m_selected.code));
    m_body->setPlainText(m_selected.body);
    m_errors->clear();
}

void SmsTemplatesTab::startNew()
{
    m_selected = {};
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_code->setReadOnly(false);
    m_code->clear();
    m_purpose->setText(NotificationTemplateModel::purpose({}));
    m_body->clear();
    m_errors->clear();
    m_code->setFocus();
}

void SmsTemplatesTab::updatePreview()
{
    const QString body = m_body->toPlainText();
    m_length->setText(tr("%1 of %2 characters").arg(body.size()).arg(common::kNotificationTemplateBodyMax));
    m_preview->setText(body.trimmed().isEmpty() ? tr("(the message for a sample order shows here)")
                                                : common::renderNotificationTemplate(body, sampleValues()));
}

void SmsTemplatesTab::save()
{
    if (!m_canEdit)
        return;
    common::NotificationTemplate text = m_selected;
    text.code = m_code->text().trimmed();
    text.body = m_body->toPlainText().trimmed();
    m_errors->clear();
    m_selected.code = text.code;
    m_controller->save(text);   // the server checks code and text (placeholders); its problems show under the fields
}

} // namespace csm::client::ui
