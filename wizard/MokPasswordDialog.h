#pragma once
// Asks for the one-time MOK password, twice, with echo off. The student types it again at the
// next start in the blue MokManager screen, which reads a US keyboard layout and may show no
// characters at all: so printable ASCII only, 8 to 16 characters, the same twice.
#include <QDialog>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gpusetup {

class MokPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MokPasswordDialog(QWidget *parent = nullptr);
    ~MokPasswordDialog() override;

    // What is wrong with the two entries, in one translated sentence; "" when they are fine.
    static QString problem(const QString &password, const QString &repeat);
    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 16;

    QString password() const; // "" unless accepted
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QAbstractButton *okButton() const;
    QString hintText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    QLabel *m_intro = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gpusetup
