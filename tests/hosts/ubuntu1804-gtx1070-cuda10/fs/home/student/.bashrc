# ~/.bashrc
HISTSIZE=1000
export PATH=/usr/local/cuda-10.0/bin${PATH:+:${PATH}}
export LD_LIBRARY_PATH=/usr/local/cuda-10.0/lib64${LD_LIBRARY_PATH:+:${LD_LIBRARY_PATH}}
# added by Anaconda3 installer
export PATH="/home/student/anaconda3/bin:$PATH"
