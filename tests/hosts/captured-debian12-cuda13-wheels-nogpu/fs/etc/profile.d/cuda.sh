export PATH=/usr/local/cuda/bin:$PATH CUDA_HOME=/usr/local/cuda
