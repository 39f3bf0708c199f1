#include "MokPasswordDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gpusetup {

MokPasswordDialog::MokPasswordDialog(QWidget *parent) : QDialog(parent)
{
    auto *v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    v->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_repeatLabel = new QLabel(this);
    m_repeat = new QLineEdit(this);
    for (QLineEdit *e : {m_password, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(kMaxLength * 4); // long enough to say "too long" instead of cutting
        e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhPreferLatin);
        connect(e, &QLineEdit::textChanged, this, &MokPasswordDialog::validate);
    }
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    v->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    v->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem(m_password->text(), m_repeat->text()).isEmpty()) accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The secret leaves the widgets as soon as the dialog closes either way.
    connect(this, &QDialog::rejected, this, [this] {
        m_password->clear();
        m_repeat->clear();
    });
    setMinimumWidth(460);
    retranslateUi();
    validate();
}

MokPasswordDialog::~MokPasswordDialog()
{
    m_password->clear();
    m_repeat->clear();
}

QString MokPasswordDialog::problem(const QString &password, const QString &repeat)
{
    if (password.isEmpty()) return tr("Choose a password of 8 to 16 characters.");
    for (QChar c : password)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("Use only English letters, digits and punctuation, without spaces: the blue "
                      "screen reads an English (US) keyboard.");
    if (password.size() < kMinLength) return tr("The password is shorter than 8 characters.");
    if (password.size() > kMaxLength) return tr("The password is longer than 16 characters.");
    if (repeat != password) return tr("The two entries differ: type the same password twice.");
    return {};
}

QString MokPasswordDialog::password() const
{
    return result() == QDialog::Accepted ? m_password->text() : QString();
}

QAbstractButton *MokPasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString MokPasswordDialog::hintText() const
{
    return m_hint->text();
}

void MokPasswordDialog::validate()
{
    const QString p = problem(m_password->text(), m_repeat->text());
    // Before anything is typed the rule is shown, not an error.
    m_hint->setText(p.isEmpty() ? tr("Both entries match.") : p);
    okButton()->setEnabled(p.isEmpty());
}

void MokPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("One-time password for Secure Boot"));
    m_intro->setText(
        tr("<p>Secure Boot loads the NVIDIA driver only after you enrol the key it is signed "
           "with. Choose a one-time password now (8 to 16 characters: English letters and "
           "digits are safest).</p><p>At the next start a blue screen asks for it once; after "
           "that it is never needed again. Write it down until then.</p>"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat it:"));
    m_password->setAccessibleName(tr("One-time password"));
    m_repeat->setAccessibleName(tr("The same password again"));
    okButton()->setText(tr("&Queue the key"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

void MokPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace gpusetup
