# coding=utf8

"""é"""
