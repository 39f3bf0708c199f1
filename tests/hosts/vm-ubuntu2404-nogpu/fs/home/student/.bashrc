# ~/.bashrc
case $- in *i*) ;; *) return;; esac
HISTSIZE=1000
