# ~/.bashrc
export PATH=$PATH:/usr/local/cuda/bin
