#pragma once
// A plain window that shows what `gpu-setup doctor` sees, with a Re-check button. It is the
// front end until the page-by-page SetupWizard lands.
#include "host/Host.h"

#include <QMainWindow>

class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace gpusetup {

class FactsWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit FactsWindow(const Host &host, QWidget *parent = nullptr);

    void recheck();
    bool isChecking() const { return m_checking; }
    QString text() const;

Q_SIGNALS:
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Host &m_host;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_checking = false;
    qint64 m_lastMs = -1;
};

} // namespace gpusetup
