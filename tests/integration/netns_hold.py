"""Holds a distinct socket set in the current network namespace for
netns.sh: a TCP listener and one established connection to it, a UDP
socket, a listening unix socket; prints "ready", then sleeps."""
import socket
import sys
import time

addr, port = sys.argv[1], int(sys.argv[2])
lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind((addr, port))
lst.listen()
cli = socket.create_connection((addr, port))
srv, _ = lst.accept()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind((addr, port + 1))
unx = socket.socket(socket.AF_UNIX)
unx.bind("\0netns-test-%d" % port)
unx.listen()
print("ready", flush=True)
time.sleep(600)
